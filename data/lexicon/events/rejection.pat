# Rejections and refusals, and the negated readings of positive patterns (`neg=`): the coder uses
# `neg=` when the predicate is negated ("did not agree to the ceasefire" -> 1246) and otherwise
# `EventLexicon::negated`, which maps through the `reject` frame of frames.tsv.

# ---------- direct rejections ----------
r.reject.proposal reject|rebuff|spurn|dismiss|repudiate|turn_down/v obj=&PROPOSAL -> 120 target=obj.poss
r.reject.call reject|dismiss|ignore|rebuff|defy/v obj=&REQUEST|ultimatum|demand|call|plea -> 120 target=obj.poss
r.reject.bare reject|rebuff|spurn|repudiate/v obj=* -> 120 target=obj
r.turn-down turn/v prt=down obj=* -> 120 target=obj.poss
r.say-no say/v obj=no obl:to=* -> 120 target=obl:to
r.rule-out.talks rule/v prt=out obj=&TALKS|&MEETING|negotiation -> 125
r.rule-out.force rule/v prt=out obj=force|military_action|intervention|strike -> 120
r.refuse.talks refuse|decline|shun|boycott|snub/v obj=&TALKS|&MEETING|invitation -> 125
r.walk-away walk/v prt=away obl:from=&TALKS|&MEETING|negotiating_table -> 125
r.refuse.mediation refuse|decline|shun|rebuff/v obj=&MEDIATION|mediation_offer|mediator -> 126
r.reject.deal reject|scrap|repudiate|renege|tear_up/v obj=&TREATY|&SETTLEMENT -> 127
r.renege renege|back_out/v obl:on=&TREATY|&SETTLEMENT|promise|pledge|commitment -> 127
r.reject.reform reject|block|resist|oppose/v obj=&REFORM -> 123
r.reject.resign refuse|reject/v obj=resignation|call_to_resign -> 1231
r.refuse-release refuse|deny/v obj=release|bail|parole -> 1243
r.deny-access deny|block|refuse|bar/v obj=&ACCESS|visa|entry obl:to=* -> 1245 target=obl:to
r.deny-access.bare deny|block|refuse/v obj=&ACCESS|visa|entry -> 1245
r.refuse-aid refuse|deny|withhold/v obj=&AID|&HUM_AID -> 122
r.resist-pressure resist|defy|shrug_off|brush_off/v obj=pressure -> 124
r.refuse-yield refuse|decline/v xcomp=budge|yield|back_down|compromise|concede|relent|give_in -> 124
r.refuse-sanctions-relief refuse|reject/v obj=&SANCTION_RELIEF -> 1244

# ---------- positive patterns with their negated code ----------
r.agree-talks agree|consent/v obl:to=&TALKS|&MEETING -> 036 neg=125
r.accept-talks accept|welcome|embrace/v obj=&TALKS|&MEETING|invitation -> 036 neg=125 target=obj.poss
r.accept-proposal accept|approve|endorse|embrace/v obj=&PROPOSAL -> 030 neg=120 target=obj.poss
r.accept-demand accept|meet|satisfy|heed|grant/v obj=&REQUEST|condition -> 080 neg=124 target=obj.poss
r.accept-mediation accept|agree_to/v obj=&MEDIATION|mediator -> 038 neg=126
r.accept-deal accept|approve|endorse|back/v obj=&TREATY|&SETTLEMENT -> 037 neg=127
r.agree-ceasefire agree|consent/v obl:to=&CEASEFIRE|truce -> 0871 neg=1246
r.honor-ceasefire honor|honour|respect|observe|abide_by/v obj=&CEASEFIRE -> 0871 neg=196
r.agree-release agree|consent/v obl:to=&RELEASE -> 0353 neg=1243
r.free-prisoners free|release/v obj=&PRISONER -> 0841 neg=1243
r.lift-sanctions lift|ease|relax|waive/v obj=&SANCTION -> 085 neg=1244
r.allow-inspection allow|permit|accept|grant/v obj=inspection|&INSPECTOR|inspection_team -> 0862 neg=1245
r.allow-access allow|permit|grant|open/v obj=&ACCESS|humanitarian_access|aid_corridor|corridor -> 0863 neg=1245
r.withdraw-forces withdraw|pull/v obj=&TROOP|force|forces -> 0874 neg=1246
r.sign-treaty sign|ratify/v obj=&TREATY -> 057 neg=127
r.recognize recognize|recognise/v obj=government|state|independence|sovereignty|election|result -> 054 neg=120
r.extradite extradite|hand/v obj=suspect|fugitive|national|citizen -> 063 neg=1213
r.share-intel share|provide|hand_over/v obj=&INTELLIGENCE|evidence|data|file|record -> 064 neg=1214
r.provide-aid provide|send|give|deliver/v obj=&AID -> 070 neg=122
r.provide-econ provide|send|give|extend|lend/v obj=&ECON_AID -> 071 neg=1221
r.provide-arms provide|send|give|supply|deliver/v obj=&MIL_AID -> 072 neg=1222
r.provide-hum provide|send|give|deliver/v obj=&HUM_AID -> 073 neg=1223
r.send-pko send|deploy|contribute/v obj=&PEACEKEEPER -> 074 neg=1224
r.cooperate cooperate|collaborate/v obl:with=* -> 060 neg=121 target=obl:with
r.hold-talks hold|resume|begin/v obj=&TALKS obl:with=* -> 046 neg=125 target=obl:with
r.ease-restrictions ease|relax|lift/v obj=restriction|ban|censorship|control|curb -> 081 neg=1241
r.lift-curfew lift|end/v obj=curfew|&EMERGENCY -> 0813 neg=1241
r.reform reform|overhaul|democratize|democratise/v obj=* -> 034 neg=123
r.step-down step/v prt=down -> 0831 neg=1231
r.resign resign|quit|abdicate/v -> 0831 neg=1231
