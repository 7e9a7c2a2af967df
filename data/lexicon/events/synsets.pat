# dyad's own synonym sets (lemmas). Members are words or word_word phrases (head = last word, or
# the word before `of`). Sets may include other sets. See README.md.

# --- grammar sets used by the PETRARCH converter (crates/lexicon/examples/convert-petrarch.rs) ---
&PARTICLE = up down out off away back over forward together in on aside through around along about
&AUXILIARY = will would was were is are be been has have had not can could should may might must shall did does do
&PREPOSITION = about above across after against along amid among around as at before behind below beneath beside between beyond by despite during for from in inside into near of off on onto outside over past per since through throughout to toward towards under until upon via with within without

# --- event vocabulary ---
&SANCTION = sanction embargo boycott trade_ban export_ban import_ban arms_embargo asset_freeze travel_ban tariff blacklist
&TALKS = talk negotiation discussion dialogue consultation parley
&MEETING = meeting summit conference session encounter get-together
&VISIT = visit trip tour
&CALL = call phone_call telephone_call conversation
&AID = aid assistance relief help donation aid_delivery aid_shipment aid_convoy aid_flight aid_program aid_programme
&ECON_AID = loan credit grant fund funding money cash investment debt_relief financing bailout economic_aid financial_aid
&MIL_AID = weapon arm ammunition munition missile tank jet rifle military_equipment military_aid military_assistance
&HUM_AID = food medicine medical_supply shelter tent blanket vaccine humanitarian_aid relief_supply water
&PEACEKEEPER = peacekeeper peacekeeping peacekeeping_force peacekeeping_mission
&INSPECTOR = inspector monitor observer
&CEASEFIRE = ceasefire cease-fire truce armistice
&TREATY = treaty agreement accord pact deal memorandum protocol convention
&PRISONER = prisoner detainee hostage captive
&TROOP = troop troops force soldier army military unit battalion brigade
&POLICE = police policeman officer riot_police security_force
&WEAPON = weapon missile rocket bomb
&WMD = nuclear_weapon chemical_weapon biological_weapon nerve_agent sarin chlorine
&RELATIONS = relation tie
&REFORM = reform change overhaul
&INVESTIGATION = investigation inquiry probe
&ATTACK = attack assault offensive raid incursion onslaught
&AIRSTRIKE = airstrike air_strike air_raid bombing bombardment
&PROPOSAL = proposal plan offer initiative proposition suggestion
&REQUEST = demand request appeal call plea
&PROTEST = protest demonstration rally march sit-in vigil
&WORK_STOP = strike walkout stoppage
&EMERGENCY = state_of_emergency martial_law emergency
&CRIME = corruption crime fraud bribery embezzlement graft
&ABUSE = abuse torture atrocity violation repression
&WARCRIME = war_crime genocide crime_against_humanity
&SPYING = espionage spying treason
&AGGRESSION = aggression invasion provocation incursion interference
&EMBASSY = embassy consulate
&DIPLOMAT = diplomat ambassador envoy attache
&RESPONSIBILITY = responsibility credit
&CONDOLENCE = condolence sympathy sorrow solidarity
&SUPPORT = support backing endorsement
&MEDIATION = mediation arbitration
&CONCERN = concern worry alarm fear
&OPTIMISM = optimism confidence hope
&VIOLENCE = violence bloodshed hostility fighting clash
&SANCTION_RELIEF = easing lifting removal suspension
&RIGHTS = right freedom liberty
&LEADER = leader president prime_minister government regime
&ELECTION = election vote poll referendum ballot
&TERRITORY = territory land area region town city village
&PROPERTY = property asset land house building
&ASYLUM = asylum refuge sanctuary
&INTELLIGENCE = intelligence information data evidence
&EXERCISE = exercise drill maneuver manoeuvre war_game
&BORDER = border frontier crossing

# --- topics of appeals, offers, demands and rejections (see the topic grids in verbs.pat / nominal.pat) ---
&RELEASE = release freedom freeing return handover
&SETTLEMENT = settlement solution resolution peace_deal peace_agreement peace_plan peace compromise
&OUSTER = resignation ouster removal step-down overthrow departure
&COOPERATION = cooperation collaboration partnership
&TRADE = trade investment economic_cooperation economic_tie trade_tie trade_deal free_trade
&MIL_COOP = military_cooperation defense_cooperation defence_cooperation security_cooperation joint_exercise alliance
&EXTRADITION = extradition repatriation
&ACCESS = access inspection entry
&WITHDRAWAL = withdrawal pullout pull-out retreat drawdown
&CALM = calm restraint de-escalation deescalation
&DIPLOMATIC_TIES = diplomatic_relation diplomatic_tie recognition normalization normalisation
&ASYLUM_REQ = asylum refuge

# --- predicate sets ---
&APPEAL_V = appeal call plead press lobby push clamor clamour
&ASK_V = ask urge implore beg petition
&REQUEST_V = request seek solicit
&PLEDGE_V = pledge promise offer vow commit guarantee
&DEMAND_V = demand require
&REJECT_V = reject refuse rebuff spurn decline dismiss snub
&HOLD_V = hold conduct have begin start launch open resume
&ATTACK_V = attack assault strike raid hit target bombard shell
&KILL_V = kill murder slay execute slaughter
&ARREST_V = arrest detain apprehend capture jail imprison
&CRITICIZE_V = criticize criticise condemn denounce decry slam blast castigate censure deplore lambaste rebuke
&PRAISE_V = praise commend hail laud applaud salute welcome
&ACCUSE_V = accuse blame
&THREATEN_V = threaten warn
&MEET_V = meet

# Adjectives whose complement states an intent ("willing to withdraw", "ready to talk"): the
# coder reads this set (events::is_future).
&INTENT_ADJ = willing ready prepared determined committed eager keen poised set
# Nouns whose "of" complement is only talked about, not done: "the possibility of a meeting".
&TOPIC_NOUN = possibility prospect prospects chance chances idea question issue likelihood option hope hopes
# Modal auxiliaries of obligation: "Russia said Sudan must return the helicopter" is Russia's
# demand on Sudan (events::deontic_speaker).
&DEONTIC_AUX = must should ought
# Markers of a condition on a future act: its subject is the party the act is aimed at ("threatened
# to break relations unless the Kremlin closed its base"); "unless" makes the act a threat.
&CONDITION_MARK = if unless
&THREAT_CONDITION_MARK = unless
# Prepositions of place: where an event happens, and where an unnamed actor is ("rebels in the
# Ivory Coast"); the coder takes countries from them (events::place).
&LOCATIVE_CASE = in at inside near outside across throughout within into around
# Verbs of statement under which an obligation ("X must ...") is the speaker's demand.
&STATEMENT_V = say tell announce state declare insist conclude argue add stress write report maintain reiterate repeat
# Markers of adverbial clauses that frame a coded act (condition, purpose, time) rather than
# report another event: their predicates are consumed by the act (events::subordinate_clauses).
&SUBORDINATE_MARK = if unless until before after as while when once since to
# Nouns of quantity or part: a slot's word may be their "of" complement ("25,000 tons *of* food
# aid", "part *of* a military aid program") (events::matcher).
&PARTITIVE = patch contingent group detachment deployment ton tonne kilogram kilo part portion amount lot series number million billion thousand hundred dozen batch round wave package consignment load shipment set bulk share
# Prepositions that point an act at someone: "action *against* Russia", "pressure *on* Iran",
# "mediation *between* X and Y", "an admission *by* Moscow" (the agent of a demanded act).
&TARGET_CASE = against on upon at toward towards between by
# Prepositions of a gerund that is the topic of a speech act: "accused X *of* violating", "blamed
# Y *for* attacking" (events::is_topic_of_speech).
&TOPIC_CASE = of for about over
# Words of time: a `*` slot never binds them ("agreed *on Wednesday* that ..." is no agreement on
# something) (events::matcher).
&TIME_NOUN = monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december today yesterday tomorrow week weekend month year day night morning evening afternoon
