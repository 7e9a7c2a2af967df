# Curated verb patterns (dyad's own): explicit targets, modern wording, light verbs with event
# nouns. Format: README.md. Curated files load before the converted PETRARCH files, so among
# equally specific patterns these come first.

# ---------- 01 statements ----------
v.decline-comment decline|refuse/v xcomp=comment -> 011
v.decline-comment.obj decline|refuse/v obj=comment -> 011
v.worry worry|fear|doubt|despair/v -> 012
v.voice-concern express|voice|raise|air/v obj=&CONCERN|pessimism|doubt|skepticism|scepticism -> 012
v.warn-risk warn/v obl:of=&VIOLENCE|crisis|risk|danger|catastrophe|collapse -> 012
v.voice-hope express|voice/v obj=&OPTIMISM -> 013
v.hope hope|expect/v obl:for=progress|breakthrough|success -> 013
v.consider consider|weigh|mull|ponder|contemplate|explore|study|review|examine/v obj=&PROPOSAL|option|possibility|idea|measure|step|move -> 014
v.claim-resp claim|accept|take|bear|assume/v obj=&RESPONSIBILITY -> 015
v.admit admit|acknowledge|concede/v obj=responsibility|mistake|error|wrongdoing|failure|role|involvement -> 015
v.admit.bare admit/v -> 015
v.deny.bare deny|refute|rebut/v -> 016
v.deny.charge deny|dismiss|refute|reject|rebut/v obj=accusation|allegation|charge|claim|involvement|responsibility|report|wrongdoing -> 016
v.symbolic.wreath lay/v obj=wreath|flower -> 017
v.symbolic.attend attend/v obj=funeral|memorial|ceremony|commemoration|service|inauguration -> 017
v.symbolic.hold hold|observe/v obj=vigil|ceremony|memorial|silence|minute_of_silence|commemoration -> 017
v.symbolic.mourn mourn|commemorate|honor|honour/v -> 017
v.pay-tribute pay/v obj=tribute|respect|homage -> 017
v.condolence express|offer|send|extend|convey/v obj=&CONDOLENCE -> 018
v.sympathize sympathize|sympathise|empathize|empathise/v obl:with=* -> 018 target=obl:with
v.console console|comfort/v obj=* -> 018 target=obj
v.concur concur/v obl:with=* -> 019 target=obl:with
v.share-view share/v obj=view|concern|position|assessment|goal|vision -> 019
v.agree-with agree/v obl:with=* -> 019 target=obl:with

# ---------- 02 appeals (see also the topic grid at the end) ----------
v.appeal-to appeal/v obl:to=* -> 020 target=obl:to
v.plead plead/v obl:with=* -> 020 target=obl:with
v.urge.bare urge|implore|exhort|beseech/v obj=* -> 020 target=obj
v.request.bare request|solicit/v -> 020
v.invite invite/v obj=* -> 020 target=obj
v.propose-measure propose|submit|table|draft|circulate|put_forward/v obj=resolution|motion|draft|proposal|plan|measure|initiative -> 020
v.seek-refuge seek|request|ask_for|apply_for/v obj=&ASYLUM -> 0233

# ---------- 03 intentions ----------
v.pledge.bare pledge|promise|vow/v -> 030
v.offer.help offer|pledge|promise/v obj=help|assistance|support -> 033
v.offer.mediate offer/v xcomp=mediate -> 039
v.accept-mediation accept|welcome/v obj=&MEDIATION -> 038
v.volunteer volunteer/v xcomp=mediate -> 039
v.signal-readiness signal|express|indicate/v obj=readiness|willingness|intention|desire -> 030
v.agree.bare agree|consent/v -> 030
v.agree-on agree|settle/v obl:on|upon|to=* -> 030
v.commit-to commit|pledge/v obl:to=* -> 030
v.propose-meeting float|propose|suggest|raise|put_forward|offer|moot/v obj=idea|proposal|plan|possibility|prospect obl:of|for=&MEETING|&TALKS -> 036
v.propose-meeting.obj propose|suggest|offer|float|moot/v obj=&MEETING|&TALKS -> 036

# ---------- 04 consultation ----------
v.meet.with meet/v obl:with=* -> 040 target=obl:with recip
v.meet.obj meet/v obj=* -> 040 target=obj recip
v.meet.bare meet|confer|consult/v -> 040
v.consult.obj consult/v obj=* -> 040 target=obj recip
v.consult.with consult|confer|talk|speak|discuss/v obl:with=* -> 040 target=obl:with recip
v.discuss discuss/v obj=* -> 040
v.phone phone|telephone|ring/v obj=* -> 041 target=obj recip
v.call.phone call/v obj=* obl:by=phone|telephone -> 041 target=obj recip
v.speak.phone speak|talk/v obl:by=phone|telephone obl:with=* -> 041 target=obl:with recip
v.hold.call hold|have|make/v obj=&CALL obl:with=* -> 041 target=obl:with recip
v.visit visit|tour/v obj=* -> 042 target=obj recip=043
v.travel-to travel|fly|head|arrive/v obl:to=* -> 042 target=obl:to recip=043
v.arrive-in arrive/v obl:in=* -> 042 target=obl:in recip=043
v.pay-visit pay|make/v obj=&VISIT obl:to=* -> 042 target=obl:to recip=043
v.host host|receive|welcome/v obj=* -> 043 target=obj recip=042
v.host-talks host/v obj=&TALKS|&MEETING -> 044
v.mediate mediate|broker/v obj=* -> 045
v.mediate.between mediate/v obl:between=* -> 045 target=obl:between
v.negotiate.with negotiate|bargain|haggle/v obl:with=* -> 046 target=obl:with recip
v.negotiate negotiate/v obj=* -> 046
v.hold-talks &HOLD_V/v obj=&TALKS obl:with=* -> 046 target=obl:with recip
v.hold-talks.bare &HOLD_V/v obj=&TALKS -> 046
v.hold-meeting &HOLD_V/v obj=&MEETING obl:with=* -> 040 target=obl:with recip
v.hold-meeting.bare hold|convene|chair|attend/v obj=&MEETING -> 040
v.attend-summit attend|join/v obj=&MEETING|&TALKS -> 040
v.launch-mediation launch|begin|start|undertake|step_up/v obj=&MEDIATION|mediation_effort|peace_effort|peace_mission -> 045
v.hold-meeting.host host|organize|organise/v obj=&MEETING|&TALKS obl:with|between=* -> 044 target=obl
v.resume-talks resume|open|start|begin|restart|reopen/v obj=&TALKS obl:with=* -> 046 target=obl:with recip

# ---------- 05 diplomatic cooperation ----------
v.praise &PRAISE_V/v obj=* -> 051 target=obj
v.endorse endorse|back|support|champion/v obj=* -> 051 target=obj
v.thank thank|congratulate|compliment/v obj=* -> 051 target=obj
v.defend defend|vouch/v obj=* -> 052 target=obj
v.stand-by stand/v obl:by=* -> 052 target=obl:by
v.side-with side/v obl:with=* -> 053 target=obl:with
v.rally-behind rally/v obl:behind|around=* -> 053 target=auto
v.recognize recognize|recognise/v obj=* -> 054 target=obj
v.establish-ties establish|restore|resume|normalize|normalise|upgrade/v obj=&RELATIONS|&DIPLOMATIC_TIES obl:with=* -> 054 target=obl:with recip
v.apologize apologize|apologise/v obl:to=* -> 055 target=obl:to
v.apologize.bare apologize|apologise|repent/v -> 055
v.forgive forgive|pardon|absolve/v obj=* -> 056 target=obj
v.sign-treaty sign|conclude|ink|seal|ratify/v obj=&TREATY obl:with=* -> 057 target=obl:with recip
v.sign-treaty.bare sign|conclude|ink|seal|ratify/v obj=&TREATY -> 057
v.strike-deal strike|reach|clinch|finalize|finalise/v obj=deal|agreement|accord|compromise obl:with=* -> 057 target=obl:with recip
v.strike-deal.bare strike|reach|clinch/v obj=deal|agreement|accord -> 057
v.establish-ties.bare establish|restore|resume|normalize|normalise|forge|upgrade/v obj=&RELATIONS|&DIPLOMATIC_TIES -> 054
v.open-embassy open|reopen/v obj=&EMBASSY -> 054
v.recognize-state recognize|recognise/v obj=independence|sovereignty|government|state -> 054
v.endorse.agent back|support|endorse|sponsor|co-sponsor|cosponsor/v obl:by=* -> 051 source=obl:by

# ---------- 06 material cooperation ----------
v.cooperate cooperate|collaborate|co-operate|partner/v obl:with=* -> 060 target=obl:with recip
v.trade trade/v obl:with=* -> 061 target=obl:with recip
v.invest invest/v obl:in=* -> 061 target=obl:in
v.exercise hold|conduct|stage/v obj=joint_exercise|joint_drill|&EXERCISE obl:with=* -> 062 target=obl:with recip
v.extradite extradite|repatriate|hand_over/v obj=* obl:to=* -> 063 target=obl:to
v.share-intel share|exchange|provide/v obj=&INTELLIGENCE -> 064

# ---------- 07 aid ----------
v.give-aid give|provide|send|deliver|extend|grant|donate|supply/v obj=&AID -> 070 target=auto
v.give-econ give|provide|send|extend|grant|lend|disburse|approve/v obj=&ECON_AID -> 071
v.give-mil give|provide|send|deliver|supply|sell|ship/v obj=&MIL_AID -> 072
v.arm arm|equip|train/v obj=* -> 072 target=obj
v.give-hum give|provide|send|deliver|airlift|airdrop|distribute|ship/v obj=&HUM_AID -> 073
v.deploy-pko deploy|send|dispatch/v obj=&PEACEKEEPER -> 074
v.protect protect|shield|guard/v obj=* -> 074 target=obj
v.grant-asylum grant|give|offer/v obj=&ASYLUM -> 075 target=auto
v.shelter shelter|harbor|harbour/v obj=refugee|migrant|dissident -> 075
v.give-grant give|provide|award|extend/v obj=grant|loan|credit|aid_package|package -> 071
v.send-troops-aid send|deploy|dispatch/v obj=&PEACEKEEPER|peacekeeping_troop|observer|monitor -> 074

# ---------- 08 yield ----------
v.yield yield|concede|capitulate|relent|back_down/v -> 080
v.ease-restriction ease|lift|relax|loosen|scrap/v obj=restriction|ban|censorship|control -> 081
v.lift-curfew lift|end|ease|relax/v obj=curfew -> 0813
v.lift-emergency lift|end/v obj=&EMERGENCY -> 0814
v.unban unban|legalize|legalise/v obj=* -> 0812 target=obj
v.release release|free|pardon|repatriate/v obj=&PRISONER|prisoner_of_war|activist|journalist|dissident -> 0841
v.open-border open|reopen/v obj=&BORDER|bridge|crossing|airspace|port -> 080
v.allow-participation allow|permit|let/v obj=* xcomp=participate|run|contest|return|vote -> 0812 target=obj
v.shorten-curfew shorten|reduce|lift/v obj=curfew -> 0813
v.step-down step|stand/v prt=down -> 0832
v.resign resign|abdicate/v -> 0832
v.evacuate-settlements evacuate|dismantle|remove/v obj=settlement|outpost|base|checkpoint -> 0874
v.withdraw-troops.from withdraw|pull/v obj=&TROOP obl:from=* -> 0874 target=obl:from
v.complete-withdrawal complete|finish|begin|start/v obj=&WITHDRAWAL -> 0874

v.return-property return|hand_back|restore/v obj=&PROPERTY|territory|artifact|remains -> 0842
v.lift-sanctions lift|ease|end|suspend|relax|remove|scrap|waive/v obj=&SANCTION -> 085 target=auto
v.allow-inspectors allow|admit|accept|receive|let/v obj=&INSPECTOR -> 0862
v.allow-pko allow|accept|receive|welcome/v obj=&PEACEKEEPER -> 0861
v.allow-aid allow|permit|facilitate/v obj=&HUM_AID|&AID|aid_delivery|humanitarian_access -> 0863
v.declare-truce declare|announce|agree|observe|respect|accept/v obj=&CEASEFIRE -> 0871
v.agree-truce agree/v obl:to=&CEASEFIRE -> 0871
v.ease-blockade ease|lift|end/v obj=blockade|siege -> 0872
v.demobilize demobilize|demobilise|disarm|disband/v obj=* -> 0873
v.demobilize.bare demobilize|demobilise|disarm/v -> 0873
v.withdraw-troops withdraw|pull|recall/v obj=&TROOP -> 0874
v.pull-out pull|move/v prt=out|back obj=&TROOP -> 0874
v.surrender surrender|retreat/v -> 0874

# ---------- 09 investigate ----------
v.investigate investigate|probe|examine/v obj=* -> 090
v.open-probe open|launch|begin|start|order/v obj=&INVESTIGATION -> 090
v.investigate-crime investigate|probe/v obj=&CRIME -> 091
v.investigate-abuse investigate|probe/v obj=&ABUSE -> 092
v.investigate-attack investigate|probe/v obj=&ATTACK|&AIRSTRIKE|killing|shooting -> 093
v.investigate-warcrime investigate|probe/v obj=&WARCRIME -> 094
v.put-under-investigation put|place/v obj=* obl:under=investigation|&INVESTIGATION -> 090 target=obj
v.open-hearing open|hold|begin/v obj=hearing|inquest|trial obl:into=* -> 090

# ---------- 10 demands ----------
v.demand.bare demand|insist/v -> 100
v.demand.obj demand/v obj=* -> 100
v.demand-info demand|request/v obj=&INTELLIGENCE|explanation|answer|clarification -> 101
v.order order|command|instruct/v obj=* -> 100 target=obj frame=order
v.ultimatum issue|deliver|give/v obj=ultimatum -> 139

# ---------- 11 disapprove ----------
v.criticize &CRITICIZE_V/v obj=* -> 111 target=obj
v.object object/v obl:to=* -> 110 target=obl:to
v.oppose oppose|disapprove/v obj=* -> 110 target=obj
v.protest.to protest/v obl:to=* -> 114 target=obl:to
v.complain complain|protest/v obl:about=* -> 114
v.complain.to complain/v obl:to=* -> 114 target=obl:to
v.accuse &ACCUSE_V/v obj=* -> 112 target=obj
v.accuse-crime accuse|charge|suspect/v obj=* obl:of=&CRIME -> 1121 target=obj
v.accuse-abuse accuse/v obj=* obl:of=&ABUSE -> 1122 target=obj
v.accuse-aggression accuse/v obj=* obl:of=&AGGRESSION|&ATTACK|&VIOLENCE -> 1123 target=obj
v.accuse-warcrime accuse/v obj=* obl:of=&WARCRIME -> 1124 target=obj
v.accuse-spying accuse|charge|suspect/v obj=* obl:of=&SPYING -> 1125 target=obj
v.blame-for blame/v obj=* obl:for=* -> 112 target=obj
v.summon-envoy summon|call_in/v obj=&DIPLOMAT -> 114 target=auto
v.lodge-protest lodge|file|register/v obj=protest|complaint -> 114
v.sue sue/v obj=* -> 115 target=obj
v.file-suit file|bring|launch/v obj=lawsuit|suit|case|complaint obl:against=* -> 115 target=obl:against
v.convict convict|sentence/v obj=* -> 116 target=obj
v.find-guilty find/v obj=* xcomp=guilty|liable|responsible -> 116 target=obj
v.mobilize-opposition rally|mobilize|mobilise/v obj=opposition|support obl:against=* -> 113 target=obl:against
v.condemn-attack &CRITICIZE_V/v obj=&ATTACK|&AIRSTRIKE|killing|bombing|violence -> 111

# ---------- 12 reject (more in rejection.pat) ----------
v.veto veto|block/v obj=resolution|bill|draft|measure|proposal -> 129
v.veto.bare veto/v obj=* -> 129
v.defy defy|flout|violate|breach|ignore/v obj=law|rule|order|ruling|resolution|norm|sanction -> 128
v.boycott-talks boycott|snub|skip/v obj=&TALKS|&MEETING|&ELECTION -> 125
v.reject-proposal reject|rebuff|spurn|dismiss|turn_down/v obj=&PROPOSAL|change|demand|ultimatum|request|offer -> 120
v.refuse-admittance refuse|deny|bar/v obj=admittance|entry|access|visa|permission -> 120

# ---------- 13 threats ----------
v.threaten.obj threaten/v obj=* -> 130 target=obj
v.threaten-sanctions threaten/v obj=&SANCTION -> 1312
v.threaten-force threaten/v obj=force|war|military_action|strike|retaliation|attack|invasion -> 138
v.warn.obj warn/v obj=* -> 130 target=obj
v.warn-of-force warn/v obl:of=retaliation|war|military_action|response|consequence -> 138
v.ultimatum.set set/v obj=deadline|ultimatum -> 139
v.threaten-quit-talks threaten/v obj=withdrawal|pullout|walkout obl:from=&TALKS|&MEETING -> 134
v.threaten-quit-mediation threaten/v obj=withdrawal|pullout obl:from=&MEDIATION|mediation_effort -> 135

# ---------- 14 protest ----------
v.protest.bare protest|demonstrate|rally|march/v -> 141
v.protest.against protest|demonstrate|rally|march|mobilize|mobilise/v obl:against=* -> 141 target=obl:against
v.protest.obj protest/v obj=* -> 141 target=obj
v.take-streets take/v obl:to=street -> 141
v.stage-protest stage|hold|organize|organise|lead|join/v obj=&PROTEST -> 141
v.hunger-strike go|stage|begin|launch/v obl:on=hunger_strike -> 142
v.hunger-strike.obj stage|begin|launch|hold/v obj=hunger_strike -> 142
v.strike strike/v obl:over|for=* -> 143
v.walk-out walk/v prt=out -> 143
v.stage-strike stage|hold|call|launch|begin/v obj=&WORK_STOP|general_strike -> 143
v.boycott boycott/v obj=* -> 143 target=obj
v.block block|blockade|barricade|obstruct/v obj=road|highway|street|bridge|entrance|access|port -> 144
v.riot riot|rampage/v -> 145
v.clash-police clash/v obl:with=&POLICE -> 145 target=obl:with

# ---------- 15 force posture ----------
v.alert-police put|place/v obj=&POLICE obl:on=alert -> 151
v.alert-military put|place/v obj=&TROOP obl:on=alert|standby -> 152
v.deploy-police deploy|mobilize|mobilise|dispatch/v obj=&POLICE -> 153
v.deploy-troops deploy|mobilize|mobilise|mass|amass|station|dispatch|send/v obj=&TROOP -> 154
v.reinforce reinforce|beef_up|bolster/v obj=&TROOP|garrison|presence -> 154
v.hold-drills hold|conduct|stage/v obj=&EXERCISE|military_exercise|war_game -> 150
v.test-missile test|test-fire|launch|fire/v obj=missile|ballistic_missile|rocket|&WMD -> 150

# ---------- 16 reduce relations ----------
v.cut-ties cut|sever|break|downgrade|suspend|freeze/v obj=&RELATIONS|&DIPLOMATIC_TIES -> 161
v.break-off.ties break|cut/v prt=off obj=&RELATIONS|&DIPLOMATIC_TIES -> 161
v.recall-envoy recall|withdraw/v obj=&DIPLOMAT -> 161
v.close-embassy close|shut/v obj=&EMBASSY -> 161
v.cut-aid cut|suspend|halt|freeze|stop|withhold|slash|reduce/v obj=&AID -> 162
v.cut-econ-aid cut|suspend|halt|freeze|stop|withhold|slash|reduce/v obj=&ECON_AID -> 1621
v.cut-mil-aid cut|suspend|halt|freeze|stop|withhold/v obj=&MIL_AID|arms_sale|arms_delivery -> 1622
v.cut-hum-aid cut|suspend|halt|block|stop/v obj=&HUM_AID -> 1623
v.impose-sanctions impose|slap|levy|place|announce|introduce|approve|adopt/v obj=&SANCTION obl:on|against=* -> 163 target=obl
v.impose-sanctions.bare impose|slap|levy|announce|introduce|approve|adopt|extend|tighten|expand/v obj=&SANCTION -> 163
v.sanction sanction|embargo|blacklist/v obj=* -> 163 target=obj
v.freeze-assets freeze|seize|block/v obj=asset|account|fund|property -> 163
v.suspend-talks suspend|halt|break_off|end|abandon|freeze|quit|cancel/v obj=&TALKS|&MEETING -> 164
v.walk-out-talks walk/v prt=out obl:of=&TALKS|&MEETING -> 164
v.pull-out-talks pull|withdraw/v obl:from=&TALKS|&MEETING|negotiating_table -> 164
v.end-mediation end|suspend|halt|abandon/v obj=&MEDIATION|mediation_effort -> 165
v.withdraw-from-mediation withdraw|pull/v obl:from=&MEDIATION|mediation_effort -> 165
v.expel-diplomat expel|kick_out/v obj=&DIPLOMAT -> 166 target=auto
v.expel-pko expel|withdraw|pull/v obj=&PEACEKEEPER -> 1661
v.expel-inspectors expel|withdraw|eject/v obj=&INSPECTOR -> 1662
v.expel-agencies expel|ban|suspend/v obj=aid_agency|aid_group|ngo|aid_worker|charity -> 1663
v.withdraw-from withdraw|pull|exit|quit/v obl:from=treaty|agreement|deal|accord|pact|organization|organisation -> 160
v.quit-treaty quit|leave|exit|abandon|scrap|renounce/v obj=treaty|agreement|deal|accord|pact -> 160
v.suspend-links suspend|cut|halt|sever|stop|freeze/v obj=link|air_link|flight|contact|cooperation|trade -> 161
v.ban-aid ban|prohibit|bar|block|forbid/v obj=&AID|&MIL_AID|&ECON_AID -> 162
v.cut-program suspend|cut|halt|freeze|end/v obj=program|programme|project|assistance_program -> 162

# ---------- 17 coerce ----------
v.seize seize|confiscate|impound|expropriate|nationalize|nationalise/v obj=* -> 1711
v.destroy destroy|demolish|raze|bulldoze|torch|burn|loot|vandalize|vandalise/v obj=* -> 1712
v.censor censor|gag|muzzle/v obj=* -> 1721 target=obj
v.restrict-freedom restrict|curb|curtail|suppress|limit/v obj=&RIGHTS|press_freedom|internet|media|speech|assembly -> 1721
v.block-internet block|shut|shut_down|cut/v obj=internet|website|social_media|newspaper|broadcaster -> 1721
v.ban-party ban|outlaw|proscribe|dissolve|disqualify|bar/v obj=party|opposition|candidate|group|organization|organisation -> 1722
v.impose-curfew impose|declare|order|extend/v obj=curfew -> 1723
v.declare-emergency declare|impose|extend|proclaim/v obj=&EMERGENCY -> 1724
v.arrest &ARREST_V/v obj=* -> 173 target=obj
v.charge charge|indict|prosecute|try/v obj=* -> 173 target=obj
v.put-on-trial put/v obj=* obl:on=trial -> 173 target=obj
v.take-into-custody take/v obj=* obl:into=custody -> 173 target=obj
v.deport deport|expel|extradite|banish|exile/v obj=* -> 174 target=obj
v.crack-down crack/v prt=down obl:on=* -> 175 target=obl:on
v.repress repress|suppress|quash|quell/v obj=&PROTEST|dissent|protester|uprising|opposition -> 175
v.disperse disperse|break_up/v obj=&PROTEST|protester|crowd|demonstrator -> 175
v.tear-gas fire/v obj=tear_gas|rubber_bullet|water_cannon -> 175
v.hack hack|cyberattack/v obl:into=* -> 170 target=obl:into
v.hack.obj hack/v obj=* -> 170 target=obj
v.force-out force|drive|push|evict/v prt=out obj=* -> 174 target=obj
v.hold-hostage hold|keep|use/v obj=* obl:as=human_shield|shield|hostage -> 181 target=obj

# ---------- 18 assault ----------
v.abduct abduct|kidnap|hijack|snatch/v obj=* -> 181 target=obj
v.take-hostage take|hold/v obj=* obl:as=hostage -> 181 target=obj
v.beat beat|assault|attack|lynch|stab|whip|flog/v obj=person|civilian|protester|journalist|activist|man|woman -> 182
v.rape rape|molest/v obj=* -> 1821 target=obj
v.torture torture|mistreat|abuse/v obj=* -> 1822 target=obj
v.kill &KILL_V/v obj=* -> 190 target=obj
v.behead behead|lynch|hang|stone/v obj=* -> 1823 target=obj
v.suicide-bomb blow/v prt=up obj=self|oneself|himself|herself|themselves -> 1831
v.detonate-car detonate|explode|set_off/v obj=car_bomb -> 1832
v.detonate-roadside detonate|explode|plant/v obj=roadside_bomb|ied|improvised_explosive_device|landmine|mine -> 1833
v.detonate-bomb detonate|explode|plant|set_off/v obj=bomb|explosive|device -> 183
v.bomb bomb|blow_up/v obj=* -> 190 target=obj
v.human-shield use/v obj=* obl:as=human_shield|shield -> 184 target=obj
v.assassinate assassinate/v obj=* -> 186 target=obj
v.attempt-assassinate try|attempt|plot/v xcomp=assassinate|kill -> 185
v.wound wound|injure|maim/v obj=* -> 190 target=obj
v.beat-up beat/v prt=up obj=* -> 182 target=obj
v.kidnap.bare kidnap|abduct/v -> 181

# ---------- 19 fight ----------
v.attack &ATTACK_V/v obj=* -> 190 target=obj
v.fight fight|battle|clash/v obl:with|against=* -> 190 target=obl recip
v.invade invade|overrun|storm/v obj=* -> 190 target=obj
v.blockade blockade|besiege|encircle|surround|lay_siege/v obj=* -> 191 target=obj
v.close-border close|seal|shut/v obj=&BORDER|crossing|airspace|port|strait -> 191
v.occupy occupy|annex|seize|capture|take/v obj=&TERRITORY|island|village|town|city|airport|base|province -> 192
v.annex annex|occupy/v obj=* -> 192 target=obj
v.shoot shoot|gun_down|fire|open_fire/v obl:at|on=* -> 193 target=obl
v.shoot.obj shoot|gun/v obj=* -> 193 target=obj
v.shell shell|pound|bombard|mortar/v obj=* -> 194 target=obj
v.fire-artillery fire/v obj=artillery|shell|mortar|rocket|tank_round obl:at|on|into=* -> 194 target=obl
v.airstrike strafe|airstrike/v obj=* -> 195 target=obj
v.launch-airstrike launch|carry_out|conduct|stage/v obj=&AIRSTRIKE|drone_strike|air_attack obl:on|against=* -> 195 target=obl
v.drone-strike strike|hit|target/v obj=* obl:with=drone|missile|warplane|jet|aircraft -> 195 target=obj
v.violate-ceasefire violate|break|breach|flout/v obj=&CEASEFIRE -> 196
v.retake retake|recapture|reclaim/v obj=* -> 192 target=obj
v.mount-attack mount|launch|carry_out|stage|begin/v obj=&ATTACK|invasion|incursion|offensive|raid -> 190
v.fire-shells fire|lob|launch/v obj=shell|mortar|rocket|missile|round|bomb obl:at|on|into=* -> 194 target=obl
v.open-fire open/v obj=fire -> 190
v.shell.bare shell|bombard|pound/v -> 194
v.blow-up-property blow/v prt=up obj=line|power_line|pipeline|bridge|building|house|tower|station|plant|facility|railway|road|office|home -> 1712

# ---------- 20 mass violence ----------
v.expel-population expel|drive_out|uproot|displace|deport/v obj=population|people|thousands|community|minority|villager -> 201
v.massacre massacre|exterminate|slaughter/v obj=* -> 202 target=obj
v.commit-massacre commit|carry_out|perpetrate/v obj=massacre|genocide|mass_killing|atrocity -> 202
v.ethnic-cleansing carry/v prt=out obj=ethnic_cleansing -> 203
v.commit-cleansing commit|conduct|perpetrate/v obj=ethnic_cleansing -> 203
v.use-wmd use|deploy|unleash/v obj=&WMD|weapon_of_mass_destruction -> 204
v.chemical-attack launch|carry_out|conduct/v obj=chemical_attack|gas_attack|biological_attack -> 2041
v.nuclear-test detonate|explode|test/v obj=nuclear_device|nuclear_bomb|atomic_bomb|hydrogen_bomb|nuclear_weapon -> 2042

# ---------- topic grid: appeal / offer / demand / reject X (generated once, curate freely) ----------
gv.appeal-for.aid &APPEAL_V/v obl:for=&AID -> 023
gv.ask-for.aid &ASK_V/v obl:for=&AID -> 023 target=obj
gv.request.aid &REQUEST_V/v obj=&AID -> 023
gv.pledge.aid &PLEDGE_V/v obj=&AID -> 033
gv.commit-to.aid commit/v obl:to=&AID -> 033
gv.demand.aid &DEMAND_V/v obj=&AID -> 103
gv.insist-on.aid insist/v obl:on=&AID -> 103
gv.reject.aid &REJECT_V/v obj=&AID -> 122
gv.appeal-for.econaid &APPEAL_V/v obl:for=&ECON_AID -> 0231
gv.ask-for.econaid &ASK_V/v obl:for=&ECON_AID -> 0231 target=obj
gv.request.econaid &REQUEST_V/v obj=&ECON_AID -> 0231
gv.pledge.econaid &PLEDGE_V/v obj=&ECON_AID -> 0331
gv.commit-to.econaid commit/v obl:to=&ECON_AID -> 0331
gv.demand.econaid &DEMAND_V/v obj=&ECON_AID -> 1031
gv.insist-on.econaid insist/v obl:on=&ECON_AID -> 1031
gv.reject.econaid &REJECT_V/v obj=&ECON_AID -> 1221
gv.appeal-for.milaid &APPEAL_V/v obl:for=&MIL_AID -> 0232
gv.ask-for.milaid &ASK_V/v obl:for=&MIL_AID -> 0232 target=obj
gv.request.milaid &REQUEST_V/v obj=&MIL_AID -> 0232
gv.pledge.milaid &PLEDGE_V/v obj=&MIL_AID -> 0332
gv.commit-to.milaid commit/v obl:to=&MIL_AID -> 0332
gv.demand.milaid &DEMAND_V/v obj=&MIL_AID -> 1032
gv.insist-on.milaid insist/v obl:on=&MIL_AID -> 1032
gv.reject.milaid &REJECT_V/v obj=&MIL_AID -> 1222
gv.appeal-for.humaid &APPEAL_V/v obl:for=&HUM_AID -> 0233
gv.ask-for.humaid &ASK_V/v obl:for=&HUM_AID -> 0233 target=obj
gv.request.humaid &REQUEST_V/v obj=&HUM_AID -> 0233
gv.pledge.humaid &PLEDGE_V/v obj=&HUM_AID -> 0333
gv.commit-to.humaid commit/v obl:to=&HUM_AID -> 0333
gv.demand.humaid &DEMAND_V/v obj=&HUM_AID -> 1033
gv.insist-on.humaid insist/v obl:on=&HUM_AID -> 1033
gv.reject.humaid &REJECT_V/v obj=&HUM_AID -> 1223
gv.appeal-for.pko &APPEAL_V/v obl:for=&PEACEKEEPER -> 0234
gv.ask-for.pko &ASK_V/v obl:for=&PEACEKEEPER -> 0234 target=obj
gv.request.pko &REQUEST_V/v obj=&PEACEKEEPER -> 0234
gv.pledge.pko &PLEDGE_V/v obj=&PEACEKEEPER -> 0334
gv.commit-to.pko commit/v obl:to=&PEACEKEEPER -> 0334
gv.demand.pko &DEMAND_V/v obj=&PEACEKEEPER -> 1034
gv.insist-on.pko insist/v obl:on=&PEACEKEEPER -> 1034
gv.reject.pko &REJECT_V/v obj=&PEACEKEEPER -> 1224
gv.appeal-for.talks &APPEAL_V/v obl:for=&TALKS|&MEETING -> 026
gv.ask-for.talks &ASK_V/v obl:for=&TALKS|&MEETING -> 026 target=obj
gv.request.talks &REQUEST_V/v obj=&TALKS|&MEETING -> 026
gv.pledge.talks &PLEDGE_V/v obj=&TALKS|&MEETING -> 036
gv.commit-to.talks commit/v obl:to=&TALKS|&MEETING -> 036
gv.demand.talks &DEMAND_V/v obj=&TALKS|&MEETING -> 106
gv.insist-on.talks insist/v obl:on=&TALKS|&MEETING -> 106
gv.reject.talks &REJECT_V/v obj=&TALKS|&MEETING -> 125
gv.appeal-for.mediation &APPEAL_V/v obl:for=&MEDIATION -> 028
gv.ask-for.mediation &ASK_V/v obl:for=&MEDIATION -> 028 target=obj
gv.request.mediation &REQUEST_V/v obj=&MEDIATION -> 028
gv.pledge.mediation &PLEDGE_V/v obj=&MEDIATION -> 039
gv.commit-to.mediation commit/v obl:to=&MEDIATION -> 039
gv.demand.mediation &DEMAND_V/v obj=&MEDIATION -> 108
gv.insist-on.mediation insist/v obl:on=&MEDIATION -> 108
gv.reject.mediation &REJECT_V/v obj=&MEDIATION -> 126
gv.appeal-for.ceasefire &APPEAL_V/v obl:for=&CEASEFIRE -> 0256
gv.ask-for.ceasefire &ASK_V/v obl:for=&CEASEFIRE -> 0256 target=obj
gv.request.ceasefire &REQUEST_V/v obj=&CEASEFIRE -> 0256
gv.pledge.ceasefire &PLEDGE_V/v obj=&CEASEFIRE -> 0356
gv.commit-to.ceasefire commit/v obl:to=&CEASEFIRE -> 0356
gv.demand.ceasefire &DEMAND_V/v obj=&CEASEFIRE -> 1056
gv.insist-on.ceasefire insist/v obl:on=&CEASEFIRE -> 1056
gv.reject.ceasefire &REJECT_V/v obj=&CEASEFIRE -> 1246
gv.appeal-for.reform &APPEAL_V/v obl:for=&REFORM -> 024
gv.ask-for.reform &ASK_V/v obl:for=&REFORM -> 024 target=obj
gv.request.reform &REQUEST_V/v obj=&REFORM -> 024
gv.pledge.reform &PLEDGE_V/v obj=&REFORM -> 034
gv.commit-to.reform commit/v obl:to=&REFORM -> 034
gv.demand.reform &DEMAND_V/v obj=&REFORM -> 104
gv.insist-on.reform insist/v obl:on=&REFORM -> 104
gv.reject.reform &REJECT_V/v obj=&REFORM -> 123
gv.appeal-for.rights &APPEAL_V/v obl:for=&RIGHTS -> 0243
gv.ask-for.rights &ASK_V/v obl:for=&RIGHTS -> 0243 target=obj
gv.request.rights &REQUEST_V/v obj=&RIGHTS -> 0243
gv.pledge.rights &PLEDGE_V/v obj=&RIGHTS -> 0343
gv.commit-to.rights commit/v obl:to=&RIGHTS -> 0343
gv.demand.rights &DEMAND_V/v obj=&RIGHTS -> 1043
gv.insist-on.rights insist/v obl:on=&RIGHTS -> 1043
gv.reject.rights &REJECT_V/v obj=&RIGHTS -> 1233
gv.appeal-for.election &APPEAL_V/v obl:for=&ELECTION -> 0241
gv.ask-for.election &ASK_V/v obl:for=&ELECTION -> 0241 target=obj
gv.request.election &REQUEST_V/v obj=&ELECTION -> 0241
gv.pledge.election &PLEDGE_V/v obj=&ELECTION -> 0341
gv.commit-to.election commit/v obl:to=&ELECTION -> 0341
gv.demand.election &DEMAND_V/v obj=&ELECTION -> 1041
gv.insist-on.election insist/v obl:on=&ELECTION -> 1041
gv.reject.election &REJECT_V/v obj=&ELECTION -> 1231
gv.appeal-for.ouster &APPEAL_V/v obl:for=&OUSTER -> 0241
gv.ask-for.ouster &ASK_V/v obl:for=&OUSTER -> 0241 target=obj
gv.request.ouster &REQUEST_V/v obj=&OUSTER -> 0241
gv.pledge.ouster &PLEDGE_V/v obj=&OUSTER -> 0341
gv.commit-to.ouster commit/v obl:to=&OUSTER -> 0341
gv.demand.ouster &DEMAND_V/v obj=&OUSTER -> 1041
gv.insist-on.ouster insist/v obl:on=&OUSTER -> 1041
gv.reject.ouster &REJECT_V/v obj=&OUSTER -> 1231
gv.appeal-for.release &APPEAL_V/v obl:for=&RELEASE -> 0253
gv.ask-for.release &ASK_V/v obl:for=&RELEASE -> 0253 target=obj
gv.request.release &REQUEST_V/v obj=&RELEASE -> 0253
gv.pledge.release &PLEDGE_V/v obj=&RELEASE -> 0353
gv.commit-to.release commit/v obl:to=&RELEASE -> 0353
gv.demand.release &DEMAND_V/v obj=&RELEASE -> 1053
gv.insist-on.release insist/v obl:on=&RELEASE -> 1053
gv.reject.release &REJECT_V/v obj=&RELEASE -> 1243
gv.appeal-for.probe &APPEAL_V/v obl:for=&INVESTIGATION -> 0214
gv.ask-for.probe &ASK_V/v obl:for=&INVESTIGATION -> 0214 target=obj
gv.request.probe &REQUEST_V/v obj=&INVESTIGATION -> 0214
gv.pledge.probe &PLEDGE_V/v obj=&INVESTIGATION -> 0314
gv.commit-to.probe commit/v obl:to=&INVESTIGATION -> 0314
gv.demand.probe &DEMAND_V/v obj=&INVESTIGATION -> 101
gv.insist-on.probe insist/v obl:on=&INVESTIGATION -> 101
gv.reject.probe &REJECT_V/v obj=&INVESTIGATION -> 1214
gv.appeal-for.support &APPEAL_V/v obl:for=&SUPPORT -> 022
gv.ask-for.support &ASK_V/v obl:for=&SUPPORT -> 022 target=obj
gv.request.support &REQUEST_V/v obj=&SUPPORT -> 022
gv.pledge.support &PLEDGE_V/v obj=&SUPPORT -> 032
gv.commit-to.support commit/v obl:to=&SUPPORT -> 032
gv.demand.support &DEMAND_V/v obj=&SUPPORT -> 102
gv.insist-on.support insist/v obl:on=&SUPPORT -> 102
gv.reject.support &REJECT_V/v obj=&SUPPORT -> 120
gv.appeal-for.sanctionrelief &APPEAL_V/v obl:for=&SANCTION_RELIEF -> 0254
gv.ask-for.sanctionrelief &ASK_V/v obl:for=&SANCTION_RELIEF -> 0254 target=obj
gv.request.sanctionrelief &REQUEST_V/v obj=&SANCTION_RELIEF -> 0254
gv.pledge.sanctionrelief &PLEDGE_V/v obj=&SANCTION_RELIEF -> 0354
gv.commit-to.sanctionrelief commit/v obl:to=&SANCTION_RELIEF -> 0354
gv.demand.sanctionrelief &DEMAND_V/v obj=&SANCTION_RELIEF -> 1054
gv.insist-on.sanctionrelief insist/v obl:on=&SANCTION_RELIEF -> 1054
gv.reject.sanctionrelief &REJECT_V/v obj=&SANCTION_RELIEF -> 120
gv.appeal-for.settlement &APPEAL_V/v obl:for=&SETTLEMENT -> 027
gv.ask-for.settlement &ASK_V/v obl:for=&SETTLEMENT -> 027 target=obj
gv.request.settlement &REQUEST_V/v obj=&SETTLEMENT -> 027
gv.pledge.settlement &PLEDGE_V/v obj=&SETTLEMENT -> 037
gv.commit-to.settlement commit/v obl:to=&SETTLEMENT -> 037
gv.demand.settlement &DEMAND_V/v obj=&SETTLEMENT -> 107
gv.insist-on.settlement insist/v obl:on=&SETTLEMENT -> 107
gv.reject.settlement &REJECT_V/v obj=&SETTLEMENT -> 127
gv.appeal-for.coop &APPEAL_V/v obl:for=&COOPERATION -> 021
gv.ask-for.coop &ASK_V/v obl:for=&COOPERATION -> 021 target=obj
gv.request.coop &REQUEST_V/v obj=&COOPERATION -> 021
gv.pledge.coop &PLEDGE_V/v obj=&COOPERATION -> 031
gv.commit-to.coop commit/v obl:to=&COOPERATION -> 031
gv.demand.coop &DEMAND_V/v obj=&COOPERATION -> 101
gv.insist-on.coop insist/v obl:on=&COOPERATION -> 101
gv.reject.coop &REJECT_V/v obj=&COOPERATION -> 121
gv.appeal-for.trade &APPEAL_V/v obl:for=&TRADE -> 0211
gv.ask-for.trade &ASK_V/v obl:for=&TRADE -> 0211 target=obj
gv.request.trade &REQUEST_V/v obj=&TRADE -> 0211
gv.pledge.trade &PLEDGE_V/v obj=&TRADE -> 0311
gv.commit-to.trade commit/v obl:to=&TRADE -> 0311
gv.demand.trade &DEMAND_V/v obj=&TRADE -> 1011
gv.insist-on.trade insist/v obl:on=&TRADE -> 1011
gv.reject.trade &REJECT_V/v obj=&TRADE -> 1211
gv.appeal-for.milcoop &APPEAL_V/v obl:for=&MIL_COOP -> 0212
gv.ask-for.milcoop &ASK_V/v obl:for=&MIL_COOP -> 0212 target=obj
gv.request.milcoop &REQUEST_V/v obj=&MIL_COOP -> 0212
gv.pledge.milcoop &PLEDGE_V/v obj=&MIL_COOP -> 0312
gv.commit-to.milcoop commit/v obl:to=&MIL_COOP -> 0312
gv.demand.milcoop &DEMAND_V/v obj=&MIL_COOP -> 1012
gv.insist-on.milcoop insist/v obl:on=&MIL_COOP -> 1012
gv.reject.milcoop &REJECT_V/v obj=&MIL_COOP -> 1212
gv.appeal-for.extradition &APPEAL_V/v obl:for=&EXTRADITION -> 0213
gv.ask-for.extradition &ASK_V/v obl:for=&EXTRADITION -> 0213 target=obj
gv.request.extradition &REQUEST_V/v obj=&EXTRADITION -> 0213
gv.pledge.extradition &PLEDGE_V/v obj=&EXTRADITION -> 0313
gv.commit-to.extradition commit/v obl:to=&EXTRADITION -> 0313
gv.demand.extradition &DEMAND_V/v obj=&EXTRADITION -> 1013
gv.insist-on.extradition insist/v obl:on=&EXTRADITION -> 1013
gv.reject.extradition &REJECT_V/v obj=&EXTRADITION -> 1213
gv.appeal-for.access &APPEAL_V/v obl:for=&ACCESS -> 0255
gv.ask-for.access &ASK_V/v obl:for=&ACCESS -> 0255 target=obj
gv.request.access &REQUEST_V/v obj=&ACCESS -> 0255
gv.pledge.access &PLEDGE_V/v obj=&ACCESS -> 0355
gv.commit-to.access commit/v obl:to=&ACCESS -> 0355
gv.demand.access &DEMAND_V/v obj=&ACCESS -> 1055
gv.insist-on.access insist/v obl:on=&ACCESS -> 1055
gv.reject.access &REJECT_V/v obj=&ACCESS -> 1245
gv.appeal-for.withdrawal &APPEAL_V/v obl:for=&WITHDRAWAL -> 0256
gv.ask-for.withdrawal &ASK_V/v obl:for=&WITHDRAWAL -> 0256 target=obj
gv.request.withdrawal &REQUEST_V/v obj=&WITHDRAWAL -> 0256
gv.pledge.withdrawal &PLEDGE_V/v obj=&WITHDRAWAL -> 0356
gv.commit-to.withdrawal commit/v obl:to=&WITHDRAWAL -> 0356
gv.demand.withdrawal &DEMAND_V/v obj=&WITHDRAWAL -> 1056
gv.insist-on.withdrawal insist/v obl:on=&WITHDRAWAL -> 1056
gv.reject.withdrawal &REJECT_V/v obj=&WITHDRAWAL -> 1246
gv.appeal-for.calm &APPEAL_V/v obl:for=&CALM -> 0256
gv.ask-for.calm &ASK_V/v obl:for=&CALM -> 0256 target=obj
gv.request.calm &REQUEST_V/v obj=&CALM -> 0256
gv.pledge.calm &PLEDGE_V/v obj=&CALM -> 0356
gv.commit-to.calm commit/v obl:to=&CALM -> 0356
gv.demand.calm &DEMAND_V/v obj=&CALM -> 1056
gv.insist-on.calm insist/v obl:on=&CALM -> 1056
gv.reject.calm &REJECT_V/v obj=&CALM -> 1246
gv.appeal-for.ties &APPEAL_V/v obl:for=&DIPLOMATIC_TIES -> 022
gv.ask-for.ties &ASK_V/v obl:for=&DIPLOMATIC_TIES -> 022 target=obj
gv.request.ties &REQUEST_V/v obj=&DIPLOMATIC_TIES -> 022
gv.pledge.ties &PLEDGE_V/v obj=&DIPLOMATIC_TIES -> 032
gv.commit-to.ties commit/v obl:to=&DIPLOMATIC_TIES -> 032
gv.demand.ties &DEMAND_V/v obj=&DIPLOMATIC_TIES -> 102
gv.insist-on.ties insist/v obl:on=&DIPLOMATIC_TIES -> 102
gv.reject.ties &REJECT_V/v obj=&DIPLOMATIC_TIES -> 120

# ---------- additions: lawsuits, deployments ----------
# CAMEO 115 is a lawsuit; 173 is an arrest or legal action by authorities.
v.sue.bare sue/v -> 115
# "peacekeeping troops arrived in Bosnia": troops arriving are a deployment, not a visit.
v.troops-arrive arrive|land|deploy/v nsubj=&TROOP|&PEACEKEEPER obl:in=* -> 074 target=obl:in
