# Complement-taking predicates. `frame=` names a row group of frames.tsv: the coder codes the
# embedded complement (xcomp/ccomp of a verb, acl of a noun) and combines it, e.g.
# "urged Iran to *resume talks*" = appeal + 046 -> 026; "refused to *release* the sailors" =
# reject + 0841 -> 1243; "vowed to *attack*" = intent + 190 -> 1384. The code after `->` is used
# when the complement yields no event. Targets: the addressee (obj, obl:on...) for appeals and
# orders, the complement's object (xcomp.obj) for intents and refusals.

# ---------- appeal: 02x ----------
c.urge urge|press|encourage|implore|exhort|pressure|prod|nudge|beg|lobby/v obj=* xcomp=* -> 020 frame=appeal target=obj
c.ask ask|request|invite|advise|petition/v obj=* xcomp=* -> 020 frame=appeal target=obj
c.call-on call/v obl:on|upon=* xcomp=* -> 020 frame=appeal target=obl
c.appeal-to appeal|plead/v obl:to|with=* xcomp=* -> 020 frame=appeal target=obl
c.urge-that urge|suggest|recommend|propose|advise|request|ask/v ccomp=* -> 020 frame=appeal target=xcomp.obj
c.propose propose|suggest|recommend/v xcomp=* -> 020 frame=appeal target=xcomp.obj
c.n.call call|appeal|plea|request|invitation|proposal|suggestion/n acl=* -> 020 frame=appeal

# ---------- intent: 03x (13x for violent intents) ----------
c.agree agree|consent|undertake|commit|resolve|decide|opt/v xcomp=* -> 030 frame=intent target=xcomp.obj
c.promise promise|pledge|vow|swear|offer|volunteer|guarantee/v xcomp=* -> 030 frame=intent target=xcomp.obj
c.plan plan|intend|prepare|aim|hope|seek|want|wish|expect|mean/v xcomp=* -> 030 frame=intent target=xcomp.obj
c.promise-that promise|pledge|vow|assure|guarantee/v ccomp=* -> 030 frame=intent target=xcomp.obj
c.assure assure|promise/v obj=* ccomp=* -> 030 frame=intent target=obj
c.n.offer offer|pledge|promise|commitment|vow|plan|decision|agreement|willingness|readiness|intention|bid/n acl=* -> 030 frame=intent

# ---------- demand: 10x ----------
c.demand demand|insist/v ccomp=* -> 100 frame=demand target=xcomp.obj
c.demand-to demand/v xcomp=* -> 100 frame=demand
c.order order|command|instruct|direct|force|compel|oblige/v obj=* xcomp=* -> 100 frame=order target=obj
c.tell tell|require|ask/v obj=* xcomp=* -> 100 frame=demand target=obj
c.n.demand demand|order|ultimatum/n acl=* -> 100 frame=demand
c.n.demand-that demand|insistence/n ccomp=* -> 100 frame=demand

# ---------- reject: 12x ----------
c.refuse refuse|decline|reject|balk|resist/v xcomp=* -> 120 frame=reject target=xcomp.obj
c.rule-out rule/v prt=out xcomp=* -> 120 frame=reject target=xcomp.obj
c.n.refusal refusal|rejection|reluctance|unwillingness/n acl=* -> 120 frame=reject

# ---------- threaten: 13x ----------
c.threaten threaten/v xcomp=* -> 130 frame=threaten target=xcomp.obj
c.warn-that warn/v ccomp=* -> 130 frame=threaten
c.warn-obj warn/v obj=* ccomp=* -> 130 frame=threaten target=obj
c.n.threat threat|warning/n acl=* -> 130 frame=threaten

# ---------- halt: 16x ----------
c.stop stop|halt|suspend|cease|quit|discontinue/v xcomp=* -> 160 frame=halt target=xcomp.obj

# "allowed the opposition leader to hold a rally": letting someone act is a concession to them.
c.allow allow|permit|let/v obj=* xcomp=* -> 080 target=obj
# "failed to reach agreement": the failed act is not done; the failure is a rejection.
c.fail fail/v xcomp=* -> 120 frame=reject target=xcomp.obj
# "threatened on Monday to break relations" with the complement attached elsewhere: still a threat.
c.threaten.bare threaten/v -> 130 frame=threaten
# "With the signing of the accord, X and Y have agreed to allow access": the complement decides
# the code, not the "with" phrase (v.agree-with is agreement with someone's view).
c.agree.with agree/v obl:with=* xcomp=* -> 030 frame=intent target=xcomp.obj
# "agreed that their countries should cooperate": an agreement on what the parties will do.
c.agree-that agree|decide|resolve/v ccomp=* -> 030 frame=intent
