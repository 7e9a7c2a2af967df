# Curated nominal predicates: event nouns and the roles of their dependents. The source is the
# possessor or `by`-agent (source=auto: nmod:poss, then nmod:by, then a compound/adjectival actor
# modifier such as "US sanctions"); targets are named with target=nmod:<case>. Format: README.md.

# ---------- 01 statements ----------
n.denial denial/n -> 016
n.denial.of denial/n nmod:of=&RESPONSIBILITY|involvement|accusation|allegation|charge|claim|report -> 016
n.claim-resp claim/n nmod:of=responsibility -> 015
n.admission admission/n nmod:of=responsibility|guilt|wrongdoing|error|mistake -> 015
n.concern &CONCERN/n nmod:over|about=* -> 012
n.optimism &OPTIMISM/n nmod:about|over=* -> 013
n.condolence &CONDOLENCE/n nmod:to|with=* -> 018 target=nmod
n.condolence.bare condolence/n -> 018
n.vigil vigil|memorial_service|commemoration|wreath-laying/n -> 017
n.no-comment refusal/n nmod:to=comment -> 011

# ---------- 02 appeals (topic grid below) ----------
n.appeal.to appeal|plea/n nmod:to=* -> 020 target=nmod:to
n.call.on call/n nmod:on=* -> 020 target=nmod:on
n.request.to request/n nmod:to|from=* -> 020 target=nmod
n.invitation invitation/n nmod:to=* -> 020 target=nmod:to
n.proposal &PROPOSAL/n nmod:to=* -> 020 target=nmod:to

# ---------- 03 intentions ----------
n.offer offer|pledge|promise|commitment|vow|assurance/n -> 030
n.offer.to offer|pledge|promise|assurance/n nmod:to=* -> 030 target=nmod:to

# ---------- 04 consultation ----------
n.talks.with &TALKS/n nmod:with=* -> 046 target=nmod:with recip
n.talks.between &TALKS/n nmod:between=* -> 046 target=nmod:between recip
n.talks.bare &TALKS/n -> 046
n.meeting.with &MEETING/n nmod:with=* -> 040 target=nmod:with recip
n.meeting.between &MEETING/n nmod:between=* -> 040 target=nmod:between recip
n.meeting.bare &MEETING/n -> 040
n.phone-call phone_call|telephone_call|call|conversation/n nmod:with=* -> 041 target=nmod:with recip
n.visit.to &VISIT/n nmod:to=* -> 042 target=nmod:to recip=043
n.visit.bare &VISIT/n -> 042
n.mediation &MEDIATION/n -> 045
n.mediation.between &MEDIATION/n nmod:between=* -> 045 target=nmod:between
n.consultation consultation/n nmod:with=* -> 040 target=nmod:with recip

# ---------- 05 diplomatic cooperation ----------
n.praise praise|tribute|commendation/n nmod:for|of=* -> 051 target=nmod
n.support &SUPPORT/n nmod:for=* -> 051 target=nmod:for
n.solidarity solidarity/n nmod:with=* -> 053 target=nmod:with
n.recognition recognition/n nmod:of=* -> 054 target=nmod:of
n.ties.establish establishment|restoration|normalization|normalisation/n nmod:of=&RELATIONS|&DIPLOMATIC_TIES -> 054
n.apology apology/n nmod:to=* -> 055 target=nmod:to
n.apology.bare apology/n -> 055
n.forgiveness forgiveness|pardon|clemency/n nmod:for=* -> 056 target=nmod:for
n.treaty.with &TREATY/n nmod:with=* -> 057 target=nmod:with recip
n.treaty.between &TREATY/n nmod:between=* -> 057 target=nmod:between recip
n.signing signing|ratification/n nmod:of=&TREATY -> 057

# ---------- 06 material cooperation ----------
n.cooperation.with &COOPERATION/n nmod:with=* -> 060 target=nmod:with recip
n.cooperation.between &COOPERATION/n nmod:between=* -> 060 target=nmod:between recip
n.trade.with trade|trade_deal|investment/n nmod:with=* -> 061 target=nmod:with recip
n.exercise.with joint_exercise|joint_drill|&EXERCISE/n nmod:with=* -> 062 target=nmod:with recip
n.alliance alliance|defense_pact|defence_pact/n nmod:with=* -> 062 target=nmod:with recip
n.extradition.to extradition|handover/n nmod:to=* -> 063 target=nmod:to
n.intel-sharing intelligence_sharing|information_sharing/n -> 064

# ---------- 07 aid ----------
n.aid.to &AID/n nmod:to|for=* -> 070 target=nmod
n.econ-aid.to &ECON_AID/n nmod:to|for=* -> 071 target=nmod
n.mil-aid.to &MIL_AID|arms_sale|arms_deal|arms_delivery|weapon_delivery/n nmod:to|for=* -> 072 target=nmod
n.hum-aid.to &HUM_AID/n nmod:to|for=* -> 073 target=nmod
n.pko.deployment deployment/n nmod:of=&PEACEKEEPER -> 074
n.asylum.grant granting/n nmod:of=&ASYLUM -> 075

# ---------- 08 yield ----------
n.release release|freeing|handover/n nmod:of=&PRISONER|prisoner_of_war|activist|journalist|dissident -> 0841
n.return return|restitution/n nmod:of=&PROPERTY|territory|artifact|remains -> 0842
n.sanction-relief &SANCTION_RELIEF/n nmod:of=&SANCTION -> 085
n.curfew-lifted &SANCTION_RELIEF/n nmod:of=curfew -> 0813
n.emergency-lifted &SANCTION_RELIEF/n nmod:of=&EMERGENCY -> 0814
n.ceasefire &CEASEFIRE/n -> 0871
n.ceasefire.with &CEASEFIRE/n nmod:with|between=* -> 0871 target=nmod recip
n.withdrawal withdrawal|pullout|pull-out|drawdown/n nmod:of=&TROOP -> 0874
n.withdrawal.from withdrawal|pullout|pull-out/n nmod:from=* -> 0874 target=nmod:from
n.surrender surrender|capitulation/n nmod:to=* -> 0874 target=nmod:to
n.concession concession/n nmod:to=* -> 080 target=nmod:to
n.demobilization demobilization|demobilisation|disarmament/n -> 0873
n.inspectors-admitted admission|arrival/n nmod:of=&INSPECTOR -> 0862
n.aid-access access/n nmod:for=aid|&HUM_AID|aid_worker|agency -> 0863

# ---------- 09 investigate ----------
n.probe.into &INVESTIGATION/n nmod:into|of=* -> 090 target=nmod
n.probe.crime &INVESTIGATION/n nmod:into|of=&CRIME -> 091
n.probe.abuse &INVESTIGATION/n nmod:into|of=&ABUSE -> 092
n.probe.attack &INVESTIGATION/n nmod:into|of=&ATTACK|&AIRSTRIKE|killing|shooting|strike -> 093
n.probe.warcrime &INVESTIGATION/n nmod:into|of=&WARCRIME -> 094
n.hearing-into hearing|inquest|inquiry/n nmod:into=* -> 090

# ---------- 10 demands (topic grid below) ----------
n.demand demand/n -> 100
n.demand.on demand/n nmod:on=* -> 100 target=nmod:on

# ---------- 11 disapprove ----------
n.criticism criticism|condemnation|denunciation|censure|rebuke|reprimand/n nmod:of=* -> 111 target=nmod:of
n.criticism.bare criticism|condemnation|denunciation/n -> 111
n.accusation accusation|allegation|charge/n nmod:against=* -> 112 target=nmod:against
n.accusation.crime accusation|allegation|charge/n nmod:of=&CRIME -> 1121
n.accusation.abuse accusation|allegation/n nmod:of=&ABUSE -> 1122
n.accusation.aggression accusation|allegation/n nmod:of=&AGGRESSION -> 1123
n.accusation.warcrime accusation|allegation|charge/n nmod:of=&WARCRIME -> 1124
n.accusation.spying accusation|allegation|charge/n nmod:of=&SPYING -> 1125
n.complaint complaint|formal_protest|protest_note|demarche/n nmod:to|with|against=* -> 114 target=nmod
n.lawsuit lawsuit|suit|legal_action|case/n nmod:against=* -> 115 target=nmod:against
n.conviction conviction|guilty_verdict|sentence/n nmod:of=* -> 116 target=nmod:of
n.opposition-campaign campaign/n nmod:against=* -> 113 target=nmod:against
n.objection objection|opposition|disapproval/n nmod:to=* -> 110 target=nmod:to
n.objection.bare objection/n -> 110

# ---------- 12 reject ----------
n.veto veto/n nmod:of|on=* -> 129 target=nmod
n.veto.bare veto/n -> 129
n.rejection rejection|refusal|repudiation/n nmod:of=* -> 120 target=nmod:of
n.defiance defiance|violation|breach/n nmod:of=law|rule|resolution|ruling|order|norm|sanction -> 128

# ---------- 13 threats ----------
n.threat threat|warning/n nmod:against|to=* -> 130 target=nmod
n.threat.bare threat/n -> 130
n.threat.sanction threat/n nmod:of=&SANCTION -> 1312
n.threat.force threat/n nmod:of=force|war|attack|military_action|invasion|strike|retaliation -> 138
n.threat.wmd threat/n nmod:of=nuclear_attack|nuclear_strike|&WMD -> 1385
n.ultimatum ultimatum/n nmod:to=* -> 139 target=nmod:to
n.ultimatum.bare ultimatum/n -> 139

# ---------- 14 protest ----------
n.protest.against &PROTEST/n nmod:against=* -> 141 target=nmod:against
n.protest.at &PROTEST/n nmod:outside|at=&EMBASSY -> 141 target=nmod
n.protest.bare &PROTEST/n -> 141
n.hunger-strike hunger_strike/n -> 142
n.work-strike &WORK_STOP|general_strike/n -> 143
n.boycott boycott/n nmod:of=* -> 143 target=nmod:of
n.roadblock roadblock|barricade|blockade/n nmod:by=protester|demonstrator|activist|farmer|trucker|worker -> 144
n.riot riot|rioting|unrest|violent_protest|looting/n -> 145

# ---------- 15 force posture ----------
n.deployment deployment|buildup|build-up|mobilization|mobilisation|massing/n nmod:of=&TROOP|warship|tank -> 154
n.police-deployment deployment|mobilization|mobilisation/n nmod:of=&POLICE -> 153
n.drill military_exercise|military_drill|war_game|naval_drill/n -> 150
n.weapons-test missile_test|missile_launch|nuclear_test|test-firing|test_firing|weapons_test/n -> 150
n.alert alert/n nmod:of=&TROOP -> 152

# ---------- 16 reduce relations ----------
n.sanctions.on &SANCTION/n nmod:on|against=* -> 163 target=nmod
n.sanctions.bare &SANCTION/n -> 163
n.severing severance|severing|suspension|downgrade|rupture|break/n nmod:of|in=&RELATIONS|&DIPLOMATIC_TIES -> 161
n.aid-cut cut|suspension|freeze|halt|reduction/n nmod:in|of|to=&AID|&ECON_AID -> 162
n.mil-aid-cut cut|suspension|freeze|halt/n nmod:in|of|to=&MIL_AID|arms_sale -> 1622
n.talks-collapse suspension|collapse|breakdown|cancellation/n nmod:of|in=&TALKS|&MEETING -> 164
n.expulsion.diplomat expulsion/n nmod:of=&DIPLOMAT -> 166
n.expulsion.pko expulsion|withdrawal/n nmod:of=&PEACEKEEPER -> 1661
n.expulsion.inspector expulsion/n nmod:of=&INSPECTOR -> 1662
n.suspend-links suspension|severance|cutoff|cut/n nmod:of=link|air_link|tie|relation|flight|contact|cooperation -> 161

# ---------- 17 coerce ----------
n.arrest arrest|detention|imprisonment|jailing|roundup/n nmod:of=* -> 173 target=nmod:of
n.arrest.bare arrest|detention/n -> 173
n.crackdown crackdown/n nmod:on|against=* -> 175 target=nmod
n.crackdown.bare crackdown|repression/n -> 175
n.curfew curfew/n -> 1723
n.emergency state_of_emergency|martial_law/n -> 1724
n.ban.party ban/n nmod:on=party|opposition|group|organization|organisation|candidate -> 1722
n.ban.gathering ban/n nmod:on=&PROTEST|gathering|assembly|medium|newspaper|website -> 1721
n.censorship censorship/n -> 1721
n.confiscation confiscation|seizure|expropriation|nationalization|nationalisation/n nmod:of=&PROPERTY|asset|land|good|ship|vessel|cargo -> 1711
n.demolition demolition|destruction|razing/n nmod:of=home|house|building|village|property -> 1712
n.deportation deportation|expulsion/n nmod:of=* -> 174 target=nmod:of

# ---------- 18 assault ----------
n.kidnapping kidnapping|abduction|hijacking|hostage-taking|hostage_taking/n nmod:of=* -> 181 target=nmod:of
n.assault assault|beating|stabbing/n nmod:on|of=* -> 182 target=nmod
n.rape rape|sexual_assault|sexual_violence/n -> 1821
n.torture torture/n nmod:of=* -> 1822 target=nmod:of
n.torture.bare torture/n -> 1822
n.killing killing/n nmod:of=* -> 190 target=nmod:of
n.murder murder|execution|slaying|beheading|lynching/n nmod:of=* -> 1823 target=nmod:of
n.suicide-bombing suicide_bombing|suicide_attack/n -> 1831
n.car-bomb car_bomb|car_bombing|truck_bomb/n -> 1832
n.roadside-bomb roadside_bomb|roadside_bombing|ied/n -> 1833
n.bombing bombing|bomb_attack/n nmod:on|against|of=* -> 183 target=nmod
n.human-shield human_shield/n -> 184
n.assassination-attempt assassination_attempt/n nmod:on|against=* -> 185 target=nmod
n.attempt-on-life attempt/n nmod:on=life -> 185
n.assassination assassination/n nmod:of=* -> 186 target=nmod:of

# ---------- 19 fight ----------
n.attack.on &ATTACK/n nmod:on|against=* -> 190 target=nmod
n.attack.bare &ATTACK/n -> 190
n.fighting fighting|clash|battle|combat|hostility|skirmish|war/n nmod:with|between|against=* -> 190 target=nmod recip
n.invasion invasion|incursion/n nmod:of|into=* -> 190 target=nmod
n.blockade blockade|siege/n nmod:of|on=* -> 191 target=nmod
n.occupation occupation|annexation/n nmod:of=* -> 192 target=nmod:of
n.gunfire gunfire|shooting|sniper_fire|firefight|machine-gun_fire/n nmod:on|at=* -> 193 target=nmod
n.shelling shelling|artillery_fire|mortar_fire|bombardment|tank_fire|rocket_fire/n nmod:of|on=* -> 194 target=nmod
n.airstrike airstrike|air_strike|air_raid|drone_strike|air_attack|missile_strike|aerial_bombardment/n nmod:on|against|in=* -> 195 target=nmod
n.airstrike.bare airstrike|air_strike|air_raid|drone_strike|missile_strike/n -> 195
n.ceasefire-violation violation|breach/n nmod:of=&CEASEFIRE -> 196

# ---------- 20 mass violence ----------
n.atrocity atrocity/n -> 200
n.mass-expulsion mass_expulsion|forced_displacement|mass_deportation/n -> 201
n.massacre massacre|genocide|mass_killing|pogrom/n nmod:of=* -> 202 target=nmod:of
n.massacre.bare massacre|genocide|mass_killing/n -> 202
n.cleansing ethnic_cleansing/n -> 203
n.wmd-use use/n nmod:of=&WMD -> 204
n.chemical-attack chemical_attack|gas_attack|sarin_attack|chlorine_attack|biological_attack/n -> 2041
n.nuclear-attack nuclear_attack|nuclear_strike|nuclear_detonation/n -> 2042

# ---------- topic grid: calls for / offers of / demands for / rejection of X ----------
gn.call-for.aid call/n nmod:for=&AID -> 023
gn.appeal-for.aid appeal/n nmod:for=&AID -> 023
gn.plea-for.aid plea/n nmod:for=&AID -> 023
gn.request-for.aid request/n nmod:for=&AID -> 023
gn.demand-for.aid demand/n nmod:for=&AID -> 103
gn.offer-of.aid offer/n nmod:of=&AID -> 033
gn.pledge-of.aid pledge/n nmod:of=&AID -> 033
gn.promise-of.aid promise/n nmod:of=&AID -> 033
gn.commitment-of.aid commitment/n nmod:to=&AID -> 033
gn.rejection-of.aid rejection/n nmod:of=&AID -> 122
gn.call-for.econaid call/n nmod:for=&ECON_AID -> 0231
gn.appeal-for.econaid appeal/n nmod:for=&ECON_AID -> 0231
gn.plea-for.econaid plea/n nmod:for=&ECON_AID -> 0231
gn.request-for.econaid request/n nmod:for=&ECON_AID -> 0231
gn.demand-for.econaid demand/n nmod:for=&ECON_AID -> 1031
gn.offer-of.econaid offer/n nmod:of=&ECON_AID -> 0331
gn.pledge-of.econaid pledge/n nmod:of=&ECON_AID -> 0331
gn.promise-of.econaid promise/n nmod:of=&ECON_AID -> 0331
gn.commitment-of.econaid commitment/n nmod:to=&ECON_AID -> 0331
gn.rejection-of.econaid rejection/n nmod:of=&ECON_AID -> 1221
gn.call-for.milaid call/n nmod:for=&MIL_AID -> 0232
gn.appeal-for.milaid appeal/n nmod:for=&MIL_AID -> 0232
gn.plea-for.milaid plea/n nmod:for=&MIL_AID -> 0232
gn.request-for.milaid request/n nmod:for=&MIL_AID -> 0232
gn.demand-for.milaid demand/n nmod:for=&MIL_AID -> 1032
gn.offer-of.milaid offer/n nmod:of=&MIL_AID -> 0332
gn.pledge-of.milaid pledge/n nmod:of=&MIL_AID -> 0332
gn.promise-of.milaid promise/n nmod:of=&MIL_AID -> 0332
gn.commitment-of.milaid commitment/n nmod:to=&MIL_AID -> 0332
gn.rejection-of.milaid rejection/n nmod:of=&MIL_AID -> 1222
gn.call-for.humaid call/n nmod:for=&HUM_AID -> 0233
gn.appeal-for.humaid appeal/n nmod:for=&HUM_AID -> 0233
gn.plea-for.humaid plea/n nmod:for=&HUM_AID -> 0233
gn.request-for.humaid request/n nmod:for=&HUM_AID -> 0233
gn.demand-for.humaid demand/n nmod:for=&HUM_AID -> 1033
gn.offer-of.humaid offer/n nmod:of=&HUM_AID -> 0333
gn.pledge-of.humaid pledge/n nmod:of=&HUM_AID -> 0333
gn.promise-of.humaid promise/n nmod:of=&HUM_AID -> 0333
gn.commitment-of.humaid commitment/n nmod:to=&HUM_AID -> 0333
gn.rejection-of.humaid rejection/n nmod:of=&HUM_AID -> 1223
gn.call-for.pko call/n nmod:for=&PEACEKEEPER -> 0234
gn.appeal-for.pko appeal/n nmod:for=&PEACEKEEPER -> 0234
gn.plea-for.pko plea/n nmod:for=&PEACEKEEPER -> 0234
gn.request-for.pko request/n nmod:for=&PEACEKEEPER -> 0234
gn.demand-for.pko demand/n nmod:for=&PEACEKEEPER -> 1034
gn.offer-of.pko offer/n nmod:of=&PEACEKEEPER -> 0334
gn.pledge-of.pko pledge/n nmod:of=&PEACEKEEPER -> 0334
gn.promise-of.pko promise/n nmod:of=&PEACEKEEPER -> 0334
gn.commitment-of.pko commitment/n nmod:to=&PEACEKEEPER -> 0334
gn.rejection-of.pko rejection/n nmod:of=&PEACEKEEPER -> 1224
gn.call-for.talks call/n nmod:for=&TALKS|&MEETING -> 026
gn.appeal-for.talks appeal/n nmod:for=&TALKS|&MEETING -> 026
gn.plea-for.talks plea/n nmod:for=&TALKS|&MEETING -> 026
gn.request-for.talks request/n nmod:for=&TALKS|&MEETING -> 026
gn.demand-for.talks demand/n nmod:for=&TALKS|&MEETING -> 106
gn.offer-of.talks offer/n nmod:of=&TALKS|&MEETING -> 036
gn.pledge-of.talks pledge/n nmod:of=&TALKS|&MEETING -> 036
gn.promise-of.talks promise/n nmod:of=&TALKS|&MEETING -> 036
gn.commitment-of.talks commitment/n nmod:to=&TALKS|&MEETING -> 036
gn.rejection-of.talks rejection/n nmod:of=&TALKS|&MEETING -> 125
gn.call-for.mediation call/n nmod:for=&MEDIATION -> 028
gn.appeal-for.mediation appeal/n nmod:for=&MEDIATION -> 028
gn.plea-for.mediation plea/n nmod:for=&MEDIATION -> 028
gn.request-for.mediation request/n nmod:for=&MEDIATION -> 028
gn.demand-for.mediation demand/n nmod:for=&MEDIATION -> 108
gn.offer-of.mediation offer/n nmod:of=&MEDIATION -> 039
gn.pledge-of.mediation pledge/n nmod:of=&MEDIATION -> 039
gn.promise-of.mediation promise/n nmod:of=&MEDIATION -> 039
gn.commitment-of.mediation commitment/n nmod:to=&MEDIATION -> 039
gn.rejection-of.mediation rejection/n nmod:of=&MEDIATION -> 126
gn.call-for.ceasefire call/n nmod:for=&CEASEFIRE -> 0256
gn.appeal-for.ceasefire appeal/n nmod:for=&CEASEFIRE -> 0256
gn.plea-for.ceasefire plea/n nmod:for=&CEASEFIRE -> 0256
gn.request-for.ceasefire request/n nmod:for=&CEASEFIRE -> 0256
gn.demand-for.ceasefire demand/n nmod:for=&CEASEFIRE -> 1056
gn.offer-of.ceasefire offer/n nmod:of=&CEASEFIRE -> 0356
gn.pledge-of.ceasefire pledge/n nmod:of=&CEASEFIRE -> 0356
gn.promise-of.ceasefire promise/n nmod:of=&CEASEFIRE -> 0356
gn.commitment-of.ceasefire commitment/n nmod:to=&CEASEFIRE -> 0356
gn.rejection-of.ceasefire rejection/n nmod:of=&CEASEFIRE -> 1246
gn.call-for.reform call/n nmod:for=&REFORM -> 024
gn.appeal-for.reform appeal/n nmod:for=&REFORM -> 024
gn.plea-for.reform plea/n nmod:for=&REFORM -> 024
gn.request-for.reform request/n nmod:for=&REFORM -> 024
gn.demand-for.reform demand/n nmod:for=&REFORM -> 104
gn.offer-of.reform offer/n nmod:of=&REFORM -> 034
gn.pledge-of.reform pledge/n nmod:of=&REFORM -> 034
gn.promise-of.reform promise/n nmod:of=&REFORM -> 034
gn.commitment-of.reform commitment/n nmod:to=&REFORM -> 034
gn.rejection-of.reform rejection/n nmod:of=&REFORM -> 123
gn.call-for.rights call/n nmod:for=&RIGHTS -> 0243
gn.appeal-for.rights appeal/n nmod:for=&RIGHTS -> 0243
gn.plea-for.rights plea/n nmod:for=&RIGHTS -> 0243
gn.request-for.rights request/n nmod:for=&RIGHTS -> 0243
gn.demand-for.rights demand/n nmod:for=&RIGHTS -> 1043
gn.offer-of.rights offer/n nmod:of=&RIGHTS -> 0343
gn.pledge-of.rights pledge/n nmod:of=&RIGHTS -> 0343
gn.promise-of.rights promise/n nmod:of=&RIGHTS -> 0343
gn.commitment-of.rights commitment/n nmod:to=&RIGHTS -> 0343
gn.rejection-of.rights rejection/n nmod:of=&RIGHTS -> 1233
gn.call-for.election call/n nmod:for=&ELECTION -> 0241
gn.appeal-for.election appeal/n nmod:for=&ELECTION -> 0241
gn.plea-for.election plea/n nmod:for=&ELECTION -> 0241
gn.request-for.election request/n nmod:for=&ELECTION -> 0241
gn.demand-for.election demand/n nmod:for=&ELECTION -> 1041
gn.offer-of.election offer/n nmod:of=&ELECTION -> 0341
gn.pledge-of.election pledge/n nmod:of=&ELECTION -> 0341
gn.promise-of.election promise/n nmod:of=&ELECTION -> 0341
gn.commitment-of.election commitment/n nmod:to=&ELECTION -> 0341
gn.rejection-of.election rejection/n nmod:of=&ELECTION -> 1231
gn.call-for.ouster call/n nmod:for=&OUSTER -> 0241
gn.appeal-for.ouster appeal/n nmod:for=&OUSTER -> 0241
gn.plea-for.ouster plea/n nmod:for=&OUSTER -> 0241
gn.request-for.ouster request/n nmod:for=&OUSTER -> 0241
gn.demand-for.ouster demand/n nmod:for=&OUSTER -> 1041
gn.offer-of.ouster offer/n nmod:of=&OUSTER -> 0341
gn.pledge-of.ouster pledge/n nmod:of=&OUSTER -> 0341
gn.promise-of.ouster promise/n nmod:of=&OUSTER -> 0341
gn.commitment-of.ouster commitment/n nmod:to=&OUSTER -> 0341
gn.rejection-of.ouster rejection/n nmod:of=&OUSTER -> 1231
gn.call-for.release call/n nmod:for=&RELEASE -> 0253
gn.appeal-for.release appeal/n nmod:for=&RELEASE -> 0253
gn.plea-for.release plea/n nmod:for=&RELEASE -> 0253
gn.request-for.release request/n nmod:for=&RELEASE -> 0253
gn.demand-for.release demand/n nmod:for=&RELEASE -> 1053
gn.offer-of.release offer/n nmod:of=&RELEASE -> 0353
gn.pledge-of.release pledge/n nmod:of=&RELEASE -> 0353
gn.promise-of.release promise/n nmod:of=&RELEASE -> 0353
gn.commitment-of.release commitment/n nmod:to=&RELEASE -> 0353
gn.rejection-of.release rejection/n nmod:of=&RELEASE -> 1243
gn.call-for.probe call/n nmod:for=&INVESTIGATION -> 0214
gn.appeal-for.probe appeal/n nmod:for=&INVESTIGATION -> 0214
gn.plea-for.probe plea/n nmod:for=&INVESTIGATION -> 0214
gn.request-for.probe request/n nmod:for=&INVESTIGATION -> 0214
gn.demand-for.probe demand/n nmod:for=&INVESTIGATION -> 101
gn.offer-of.probe offer/n nmod:of=&INVESTIGATION -> 0314
gn.pledge-of.probe pledge/n nmod:of=&INVESTIGATION -> 0314
gn.promise-of.probe promise/n nmod:of=&INVESTIGATION -> 0314
gn.commitment-of.probe commitment/n nmod:to=&INVESTIGATION -> 0314
gn.rejection-of.probe rejection/n nmod:of=&INVESTIGATION -> 1214
gn.call-for.support call/n nmod:for=&SUPPORT -> 022
gn.appeal-for.support appeal/n nmod:for=&SUPPORT -> 022
gn.plea-for.support plea/n nmod:for=&SUPPORT -> 022
gn.request-for.support request/n nmod:for=&SUPPORT -> 022
gn.demand-for.support demand/n nmod:for=&SUPPORT -> 102
gn.offer-of.support offer/n nmod:of=&SUPPORT -> 032
gn.pledge-of.support pledge/n nmod:of=&SUPPORT -> 032
gn.promise-of.support promise/n nmod:of=&SUPPORT -> 032
gn.commitment-of.support commitment/n nmod:to=&SUPPORT -> 032
gn.rejection-of.support rejection/n nmod:of=&SUPPORT -> 120
gn.call-for.sanctionrelief call/n nmod:for=&SANCTION_RELIEF -> 0254
gn.appeal-for.sanctionrelief appeal/n nmod:for=&SANCTION_RELIEF -> 0254
gn.plea-for.sanctionrelief plea/n nmod:for=&SANCTION_RELIEF -> 0254
gn.request-for.sanctionrelief request/n nmod:for=&SANCTION_RELIEF -> 0254
gn.demand-for.sanctionrelief demand/n nmod:for=&SANCTION_RELIEF -> 1054
gn.offer-of.sanctionrelief offer/n nmod:of=&SANCTION_RELIEF -> 0354
gn.pledge-of.sanctionrelief pledge/n nmod:of=&SANCTION_RELIEF -> 0354
gn.promise-of.sanctionrelief promise/n nmod:of=&SANCTION_RELIEF -> 0354
gn.commitment-of.sanctionrelief commitment/n nmod:to=&SANCTION_RELIEF -> 0354
gn.rejection-of.sanctionrelief rejection/n nmod:of=&SANCTION_RELIEF -> 1244
gn.call-for.settlement call/n nmod:for=&SETTLEMENT -> 027
gn.appeal-for.settlement appeal/n nmod:for=&SETTLEMENT -> 027
gn.plea-for.settlement plea/n nmod:for=&SETTLEMENT -> 027
gn.request-for.settlement request/n nmod:for=&SETTLEMENT -> 027
gn.demand-for.settlement demand/n nmod:for=&SETTLEMENT -> 107
gn.offer-of.settlement offer/n nmod:of=&SETTLEMENT -> 037
gn.pledge-of.settlement pledge/n nmod:of=&SETTLEMENT -> 037
gn.promise-of.settlement promise/n nmod:of=&SETTLEMENT -> 037
gn.commitment-of.settlement commitment/n nmod:to=&SETTLEMENT -> 037
gn.rejection-of.settlement rejection/n nmod:of=&SETTLEMENT -> 127
gn.call-for.coop call/n nmod:for=&COOPERATION -> 021
gn.appeal-for.coop appeal/n nmod:for=&COOPERATION -> 021
gn.plea-for.coop plea/n nmod:for=&COOPERATION -> 021
gn.request-for.coop request/n nmod:for=&COOPERATION -> 021
gn.demand-for.coop demand/n nmod:for=&COOPERATION -> 101
gn.offer-of.coop offer/n nmod:of=&COOPERATION -> 031
gn.pledge-of.coop pledge/n nmod:of=&COOPERATION -> 031
gn.promise-of.coop promise/n nmod:of=&COOPERATION -> 031
gn.commitment-of.coop commitment/n nmod:to=&COOPERATION -> 031
gn.rejection-of.coop rejection/n nmod:of=&COOPERATION -> 121
gn.call-for.trade call/n nmod:for=&TRADE -> 0211
gn.appeal-for.trade appeal/n nmod:for=&TRADE -> 0211
gn.plea-for.trade plea/n nmod:for=&TRADE -> 0211
gn.request-for.trade request/n nmod:for=&TRADE -> 0211
gn.demand-for.trade demand/n nmod:for=&TRADE -> 1011
gn.offer-of.trade offer/n nmod:of=&TRADE -> 0311
gn.pledge-of.trade pledge/n nmod:of=&TRADE -> 0311
gn.promise-of.trade promise/n nmod:of=&TRADE -> 0311
gn.commitment-of.trade commitment/n nmod:to=&TRADE -> 0311
gn.rejection-of.trade rejection/n nmod:of=&TRADE -> 1211
gn.call-for.milcoop call/n nmod:for=&MIL_COOP -> 0212
gn.appeal-for.milcoop appeal/n nmod:for=&MIL_COOP -> 0212
gn.plea-for.milcoop plea/n nmod:for=&MIL_COOP -> 0212
gn.request-for.milcoop request/n nmod:for=&MIL_COOP -> 0212
gn.demand-for.milcoop demand/n nmod:for=&MIL_COOP -> 1012
gn.offer-of.milcoop offer/n nmod:of=&MIL_COOP -> 0312
gn.pledge-of.milcoop pledge/n nmod:of=&MIL_COOP -> 0312
gn.promise-of.milcoop promise/n nmod:of=&MIL_COOP -> 0312
gn.commitment-of.milcoop commitment/n nmod:to=&MIL_COOP -> 0312
gn.rejection-of.milcoop rejection/n nmod:of=&MIL_COOP -> 1212
gn.call-for.extradition call/n nmod:for=&EXTRADITION -> 0213
gn.appeal-for.extradition appeal/n nmod:for=&EXTRADITION -> 0213
gn.plea-for.extradition plea/n nmod:for=&EXTRADITION -> 0213
gn.request-for.extradition request/n nmod:for=&EXTRADITION -> 0213
gn.demand-for.extradition demand/n nmod:for=&EXTRADITION -> 1013
gn.offer-of.extradition offer/n nmod:of=&EXTRADITION -> 0313
gn.pledge-of.extradition pledge/n nmod:of=&EXTRADITION -> 0313
gn.promise-of.extradition promise/n nmod:of=&EXTRADITION -> 0313
gn.commitment-of.extradition commitment/n nmod:to=&EXTRADITION -> 0313
gn.rejection-of.extradition rejection/n nmod:of=&EXTRADITION -> 1213
gn.call-for.access call/n nmod:for=&ACCESS -> 0255
gn.appeal-for.access appeal/n nmod:for=&ACCESS -> 0255
gn.plea-for.access plea/n nmod:for=&ACCESS -> 0255
gn.request-for.access request/n nmod:for=&ACCESS -> 0255
gn.demand-for.access demand/n nmod:for=&ACCESS -> 1055
gn.offer-of.access offer/n nmod:of=&ACCESS -> 0355
gn.pledge-of.access pledge/n nmod:of=&ACCESS -> 0355
gn.promise-of.access promise/n nmod:of=&ACCESS -> 0355
gn.commitment-of.access commitment/n nmod:to=&ACCESS -> 0355
gn.rejection-of.access rejection/n nmod:of=&ACCESS -> 1245
gn.call-for.withdrawal call/n nmod:for=&WITHDRAWAL -> 0256
gn.appeal-for.withdrawal appeal/n nmod:for=&WITHDRAWAL -> 0256
gn.plea-for.withdrawal plea/n nmod:for=&WITHDRAWAL -> 0256
gn.request-for.withdrawal request/n nmod:for=&WITHDRAWAL -> 0256
gn.demand-for.withdrawal demand/n nmod:for=&WITHDRAWAL -> 1056
gn.offer-of.withdrawal offer/n nmod:of=&WITHDRAWAL -> 0356
gn.pledge-of.withdrawal pledge/n nmod:of=&WITHDRAWAL -> 0356
gn.promise-of.withdrawal promise/n nmod:of=&WITHDRAWAL -> 0356
gn.commitment-of.withdrawal commitment/n nmod:to=&WITHDRAWAL -> 0356
gn.rejection-of.withdrawal rejection/n nmod:of=&WITHDRAWAL -> 1246
gn.call-for.calm call/n nmod:for=&CALM -> 0256
gn.appeal-for.calm appeal/n nmod:for=&CALM -> 0256
gn.plea-for.calm plea/n nmod:for=&CALM -> 0256
gn.request-for.calm request/n nmod:for=&CALM -> 0256
gn.demand-for.calm demand/n nmod:for=&CALM -> 1056
gn.offer-of.calm offer/n nmod:of=&CALM -> 0356
gn.pledge-of.calm pledge/n nmod:of=&CALM -> 0356
gn.promise-of.calm promise/n nmod:of=&CALM -> 0356
gn.commitment-of.calm commitment/n nmod:to=&CALM -> 0356
gn.rejection-of.calm rejection/n nmod:of=&CALM -> 1246
gn.call-for.ties call/n nmod:for=&DIPLOMATIC_TIES -> 022
gn.appeal-for.ties appeal/n nmod:for=&DIPLOMATIC_TIES -> 022
gn.plea-for.ties plea/n nmod:for=&DIPLOMATIC_TIES -> 022
gn.request-for.ties request/n nmod:for=&DIPLOMATIC_TIES -> 022
gn.demand-for.ties demand/n nmod:for=&DIPLOMATIC_TIES -> 102
gn.offer-of.ties offer/n nmod:of=&DIPLOMATIC_TIES -> 032
gn.pledge-of.ties pledge/n nmod:of=&DIPLOMATIC_TIES -> 032
gn.promise-of.ties promise/n nmod:of=&DIPLOMATIC_TIES -> 032
gn.commitment-of.ties commitment/n nmod:to=&DIPLOMATIC_TIES -> 032
gn.rejection-of.ties rejection/n nmod:of=&DIPLOMATIC_TIES -> 120

# Patrols: a show of police or military force (an ordered patrol is the show of force: frames.tsv).
n.patrol patrol/n -> 150
