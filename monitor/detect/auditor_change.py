"""Auditor change: the company's independent registered public accounting firm resigned, was dismissed,
or declined to stand for re-appointment (8-K Item 4.01, the pre-2004 Item 4, a fund's N-CSR exhibit, a
proxy section or a former auditor's letter that reports it).

Not an auditor change: ratifying the same auditor (proxy Q&A, Item 5.07 vote results), the rule and
guidance text of Regulation S-K Item 304 ("whether the former accountant resigned, declined to stand for
re-election or was dismissed"), officers or directors resigning, and a case dismissed by a court.
The severity says what kind of change it is (review): the firm resigning ranks above a dismissal, and
disagreements, reportable events, an adverse opinion or a going-concern paragraph rank above a routine
rotation.
"""

from __future__ import annotations

import re
from dataclasses import replace

from monitor.detect import cues
from monitor.detect.base import Candidate, clamp
from monitor.detect.going_concern import states_doubt
from monitor.domain import Amount, Severity
from monitor.text import next_sentence

KIND = "auditor_change"

_FIRM_WORDS = (
    r"independent\s+(?:registered\s+)?(?:public\s+)?account\w*|registered\s+public\s+account\w*|certifying\s+account\w*|"
    r"(?:independent\s+|outside\s+|external\s+|statutory\s+)?auditors?\b|accounting\s+firm|public\s+accountants?|"
    r"independent\s+accountants?|chartered\s+accountants|certified\s+public\s+accountants?|\bcpas?\b|audit\s+reports?|"
    # ("has terminated the services of auditing firm SGV & Co.")
    r"audit(?:ing)?\s+firm|audit\s+opinion|"
    # only an audit firm registers with the PCAOB: "Drakeford resigned as a result of the revocation of its
    # registration by the PCAOB"
    r"pcaob[- ]registered|registration\s+(?:with|by)\s+the\s+(?:pcaob|public\s+company\s+accounting\s+oversight\s+board)|"
    r"pcaob\s+registration"
)
# Audit firms by name: a sentence naming one speaks of the auditor ("Deloitte was notified of the dismissal").
_FIRM_NAMES = cues.AUDIT_FIRM_NAMES
_AUDITOR = cues.rx(_FIRM_WORDS + "|" + _FIRM_NAMES)
_AUDITOR_NEEDS = ("account", "audit", "cpa", "deloitte", "pwc", "pricewaterhouse", "kpmg", "young", "e&y", "bdo", "thornton",
                  "marcum", "rsm", "crowe", "moss", "tilly", "mazars", "forvis", "bkd", "withum", "friedman", "borgers",
                  "andersen", "hoffman", "eisner", "plante", "bekaert", "armanino", "wolf", "popeck", "rosenberg", "m&k",
                  "turner", "haskell", "reznick", "pcaob", "oversight board")
_AUDIT_COMMITTEE = cues.rx(r"\baudit\s+committee\b")

# The change itself: the firm resigned / was dismissed / declined; the company dismissed / replaced it.
_CHANGE = cues.rx(
    # "resigning" and "resign" only as a finite statement ("is resigning", "decision to resign"): "the auditor's
    # reasons for resigning" reports nothing.
    # (the plural only of the company's own auditor: "the recent resignations of the Company's former auditor, BDO Limited",
    # not "Auditor resignations have risen")
    r"\b(?P<resigned>resign(?:ed|s|ation)|resignations(?=\s+of\s+(?:the\s+company['\u2019]s|its|our)\s)|"
    r"(?:is|are|was|were)\s+resigning|decision\s+to\s+resign|"
    # "PricewaterhouseCoopers has agreed to resign as the company's auditor", "informed us that it will resign"
    # ("wish to communicate our intention to resign as statutory auditors", the auditor's letter)
    r"(?:agreed|decided|elected|intends?)\s+to\s+resign|will\s+resign|intention\s+to\s+resign|"
    # the agreement reported: "The parties agreed that UHY would resign as the Company's auditors, effective immediately."
    r"(?:agreed|decided|determined)\s+that\s+(?:[\w&.,'\u2019-]+\s+){1,6}?would\s+resign|"
    # news wording: "An auditor for MiMedx quit last week", "KPMG quits as auditor of ..."
    r"quit|quits|has\s+quit|"
    # ("KPMG stepped down as Acme's auditor"; a director's stepping down is another role's, told apart as for "resigned")
    r"stepped\s+down|steps\s+down|(?:will|to)\s+step\s+down|"
    # the firm dropping the company: "KPMG has ditched struggling German real estate giant Adler as an audit client"
    r"(?:ditched|ditches|dumped|dumps|dropped|drops)\s+(?:[\w&.,'\u2019-]+\s+){1,6}?as\s+(?:an?\s+|its\s+)?audit\s+client)\b|"
    r"\b(?P<dismissed>dismiss(?:ed|al|ing)?|terminat(?:e|ed|ing|ion\s+of)\s+(?:the\s+|its\s+|their\s+)?(?:engagement|services)|"
    # news wording: "Interwaste fired KPMG as its auditor", "dropped the firm as its auditor", "was cutting ties
    # with KPMG" (the auditor named near the verb, as for every change here)
    r"(?:fired|fires|firing|sacked|sacks|ousted|ousts|dropped|drops|dropping)\s+(?:[\w&.,'\u2019-]+\s+){0,4}?as\s+"
    r"(?:its|their|our|the\s+company['\u2019]s)\s+(?:[\w-]+\s+){0,2}?(?:auditors?|accountants?|accounting\s+firm|audit\s+firm)\b|"
    # "Network Associates fired PricewaterhouseCoopers": the firm itself named as the object
    r"(?:fired|fires|firing|sacked|sacks|ousted|ousts)\s+(?:(?:its|their)\s+(?:[\w-]+\s+)?auditors?,?\s+)?(?:"
    + _FIRM_NAMES + r")|"
    # ... or the firm by its role: "Enron today fired its accounting firm, Arthur Andersen LLP"
    r"(?:fired|fires|firing|sacked|sacks|ousted|ousts)\s+(?:its|their|the\s+company['\u2019]s)\s+(?:[\w-]+\s+)?(?:auditors?|accountants?|"
    r"accounting\s+firm|audit\s+firm)\b|"
    # a relationship ended: "Sara Lee Corp., Abbott Laboratories Inc. ... all severed decades-long relationships with Andersen as
    # their auditor"
    r"(?:severed|severs|ended|ends|terminated|terminates)\s+(?:[\w-]+\s+){0,2}?relationships?\s+with\s+(?:" + _FIRM_NAMES + r")|"
    # the firm as the one that cut the ties: "its auditor, RSM US, severed ties with the miner"; the new firm taking over from
    # the old: "KPMG taking over the auditing reigns from Grant Thornton"
    r"\b(?:cut|severed|ended)(?:(?<=,\scut)|(?<=,\ssevered)|(?<=,\sended))\s+(?:its\s+|all\s+)?ties\s+with\s+(?:the\s+)?(?:company|miner|firm|group|client|[a-z][\w&.-]*)\b|"
    r"tak(?:e|es|ing|en)\s+over\s+(?:the\s+)?audit\w*\s+(?:[\w-]+\s+)?from\s+(?:" + _FIRM_NAMES + r")|"
    r"(?:cut|cuts|cutting|severed|severs|severing|broke|breaks|breaking)\s+(?:its\s+|their\s+|all\s+)?ties\s+with\s+"
    r"(?:its\s+|their\s+|the\s+)?(?:(?:external\s+|outside\s+)?auditors?\b|audit\s+firm|accounting\s+firm|" + _FIRM_NAMES + r")|"
    # ("Acme changed auditors for the third time in two years")
    # ("In June, Steinhoff switched auditors from Deloitte ... to Mazars")
    r"(?:changed|switched)\s+(?:its\s+|their\s+|our\s+)?(?:external\s+|independent\s+|outside\s+)?(?:auditors?|audit\s+firms?)\b|"
    # the firm that would not bid again: "KPMG, which has been in the role since 2007, declined an invitation to re-pitch for the
    # work"
    r"\bdeclined\s+(?:an\s+|the\s+)?invitation\s+to\s+(?:re-?pitch|re-?tender|tender|bid)\b|"
    # the change named with both firms: "the dreaded change of auditing firms, from KPMG to BDO Seidman"
    r"\bchange\s+(?:of|in)\s+(?:its\s+|their\s+|the\s+company['\u2019]s\s+)?(?:auditing\s+firms?|audit\s+firms?|accounting\s+firms?|"
    r"auditors?)\s*,?\s+from\s+(?:" + _FIRM_NAMES + r")|"
    r"replaced|replacing|replacement\s+of\s+(?:[\w&.,'\u2019-]+\s+){0,5}?(?:auditors?|accountants?|accounting\s+firm|"
    r"llp|l\.l\.p\.|p\.c\.|cpas?)\b|"
    # a fund's board ratified "Briggs, Bunting & Dougherty, LLP as the Fund's independent registered public accounting
    # firm to replace Ernst & Young LLP": the new firm named with the one it replaces
    # ("engaged Tait, Weller & Baker LLP ... to replace E&Y as the independent registered public accounting firm")
    # (not a need: "The sudden need to replace their auditors has understandably created significant hurdles")
    r"\bto(?<!need\sto)(?<!needs\sto)(?<!needed\sto)\s+replace\s+(?:[\w&.,'\u2019-]+\s+){0,7}?(?:auditors?|accountants?|accounting\s+firm|llp|"
    r"l\.l\.p\.|p\.c\.|"
    r"cpas?|pllc)\b|"
    # the new firm named as the old one's successor: "Haoxin succeeds Ernst & Young Hua Ming LLP ("EY"), which previously
    # was the independent registered accounting firm"
    # ("Fannie Mae selected Big Four firm Deloitte to succeed KPMG as its independent accountant")
    r"(?:succeed(?:s|ed)|to\s+succeed)\s+(?:" + _FIRM_NAMES + r")|"
    # the firm told of its removal: "it was orally notified of its removal as the Company's auditor on January 16, 2025"
    r"(?:notified|informed|advised)\s+(?:[\w-]+\s+)?of\s+its\s+(?:removal|dismissal)\s+as\s+(?:the\s+company['\u2019]s|its|our)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:auditors?|accountants?|accounting\s+firm)\b|"
    # the shareholder's refusal: "The shareholder has not approved the reappointment of KPMG"
    r"(?:has|have|had|did)\s+not\s+approved?\s+the\s+re-?appointment\s+of\s+(?:" + _FIRM_NAMES + r")|"
    # the board's vote naming both firms: "voted to replace Messrs KPMG Professional Services with Messrs Deloitte and Touche
    # as its new auditor"
    r"(?:voted|decided|resolved|agreed)\s+to\s+replace\s+(?:[\w&.,'\u2019-]+\s+){1,6}?with\s+(?:[\w&.,'\u2019-]+\s+){1,6}?as\s+"
    r"(?:its|the\s+company['\u2019]s|our|their)\s+(?:new\s+)?(?:external\s+|statutory\s+)?(?:auditors?|accountants?)\b|"
    # the company telling the firm: "Origin Agritech Limited ("Company") notified B.F. Borgers CPA PC ("Borgers") that it was
    # terminated, effective immediately, as the registered independent accounting firm"
    r"(?:notified|informed|advised)\s+(?:[\w&.,'\u2019()\u201c\u201d\"-]+\s+){1,8}?that\s+(?:it|they)\s+(?:was|were|had\s+been|has\s+been|"
    r"would\s+be|will\s+be)\s+(?:terminated|dismissed)\b|"
    # a decided change told ahead: "Galliford said BDO will replace PwC as auditor"
    r"(?:will|is\s+to|are\s+to)\s+replace\s+(?:[\w&.,'\u2019-]+\s+){1,5}?as\s+(?:the\s+company['\u2019]s\s+|its\s+|our\s+|their\s+|"
    r"the\s+)?(?:[\w-]+\s+){0,3}?(?:auditors?|accountants?|accounting\s+firm)\b|"
    # "CardioDynamics terminated its relationship with its auditor, KPMG" (the auditor named near the verb)
    r"(?:terminat(?:e|ed|es|ing)|end(?:ed|s|ing)?|sever(?:ed|s|ing)?)\s+(?:its|their|our|the\s+company['\u2019]s)\s+"
    r"(?:client\s+|audit\s+)?relationships?\s+with\s+(?:its\s+|their\s+|our\s+|the\s+)?(?:(?:independent\s+|outside\s+|"
    r"external\s+)?(?:auditors?|accountants?|(?:registered\s+)?(?:public\s+)?accounting\s+firm|audit\s+firm)\b|"
    r"(?:[\w&.,'\u2019-]+\s+){0,4}?(?:llp|l\.l\.p\.|p\.c\.|pllc|cpas?)(?=\W)|" + _FIRM_NAMES + r")|"
    # "Friedman LLP ceased to be the Company's independent registered public accounting firm"
    # ("to reflect the effective date that Deloitte & Touche LLP ("Deloitte") ceased being the Registrant's independent
    # registered public accounting firm")
    r"ceased\s+(?:to\s+(?:be|serve\s+as|act\s+as)|being|serving\s+as|acting\s+as)\s+(?:the\s+company['\u2019]s|the\s+registrant['\u2019]s|"
    r"its|our|the)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:auditors?|accountants?|accounting\s+firm)|"
    # "the client-auditor relationship between the Company and Friedman LLP ceased"
    r"client-auditor\s+relationship\b[^;]{0,80}?\b(?:ceased|ended|terminated)|"
    # "decided to change the Company's independent registered public accounting firm from BDO USA, LLP to Moss Adams"
    # "voted to change the Registrant's independent public accountants for the fiscal year ending June 30, 2000 from
    # Arthur Andersen LLP to Ernst & Young LLP"
    r"chang(?:e|ed|ing)\s+(?:(?:the\s+)?(?:company|registrant|fund|trust|corporation)['\u2019]?s\s+|its\s+|our\s+|their\s+)?"
    r"(?:independent\s+)?(?:(?:registered\s+)?public\s+accounting\s+firm|(?:public\s+)?auditors?|(?:public\s+)?accountants?|"
    r"audit\s+firm)\s+(?:for\s+(?:the\s+)?(?:fiscal\s+)?(?:year|period)\s+(?:ending|ended)\s+[\w\s,]{3,24}?\s+)?from|"
    # "the Registrant's shareholders voted to terminate Arthur Andersen LLP and to select Ernst & Young LLP"
    r"(?:voted|decided|resolved|elected|determined)\s+to\s+terminate\s+(?:[\w&.,'\u2019-]+\s+){1,5}?(?:llp|l\.l\.p\.|p\.c\.|"
    r"pllc|cpas?)(?=\W)|"
    # "the Committee has decided not to recommend the reappointment of KPMG as the Company's independent auditors"
    r"(?:decided|determined|resolved|elected)\s+not\s+to\s+recommend\s+(?:the\s+)?re-?appointment\s+of\b[^;]{0,80}?\bas\s+"
    r"(?:the\s+company['\u2019]s\s+|its\s+|our\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:auditors?|accountants?|accounting\s+firm)|"
    # ("the Company made a determination not to engage, Arthur Andersen LLP ("Arthur Andersen") as its independent public
    # accountants")
    r"(?:made|reached)\s+(?:a|the|its)\s+(?:determination|decision)\s+not\s+to\s+(?:re-?engage|engage|retain|re-?appoint)\b|"
    r"decided\s+not\s+to\s+(?:retain|re-?engage|renew\s+the\s+engagement)|(?:decided|determined|elected|concluded)\s+"
    # "determined that it will no longer engage Marcum LLP ... as the Company's independent registered public accounting firm",
    # "decided to no longer engage Arthur Andersen LLP"
    r"(?:that\s+(?:it|they)\s+(?:would|will)\s+|to\s+(?=no\s+longer))?(?:not|no\s+longer)\s+(?:to\s+)?(?:re-?appoint|re-?engage|"
    r"engage|retain))\b|"
    # the firm telling the company it cannot go on: "Arthur Andersen LLP informed General Dynamics Corporation that it would no
    # longer be able to fulfill its services as our independent public accountant"
    r"\b(?P<unable>(?:informed|notified|advised|told)\s+(?:[\w&.,'\u2019-]+\s+){0,6}?that\s+(?:it|they)\s+(?:would|will|could)\s+"
    r"(?:no\s+longer|not)\s+(?:be\s+able\s+to\s+)?(?:serve|act|continue|fulfill\s+its\s+services)\s+as\s+(?:the\s+company['\u2019]s|"
    r"the\s+registrant['\u2019]s|its|our|their)\s+(?:[\w-]+\s+){0,4}?(?:auditors?|accountants?|accounting\s+firm))\b|"
    r"\b(?P<declined>declin(?:e|ed|es|ing)\s+to\s+stand\s+for\s+(?:re-?election|re-?appointment|reappointment)|"
    # news wording: "PricewaterhouseCoopers LLP, declined re-appointment as the company's registered public accounting
    # firm", "declined to be re-appointed", "declined to seek re-election"
    r"declin(?:e|ed|es|ing)\s+(?:to\s+(?:be|seek)\s+)?re-?(?:appoint(?:ment|ed)|elect(?:ion|ed))|"
    r"(?:will|would|did|does)\s+not\s+seek\s+re-?(?:election|appointment)|not\s+to\s+seek\s+re-?(?:election|appointment)|"
    # "Messrs Ernst & Young was not seeking reappointment as auditors"; the board's side of it: "The directors of the
    # Corporation do not propose to re-appoint Ernst & Young LLP ... as auditors"
    r"(?:is|was|are|were)\s+not\s+seeking\s+re-?(?:election|appointment)|(?:do|does|did)\s+not\s+propose\s+to\s+"
    r"re-?appoint\b[^;]{0,160}?\bas\s+(?:[\w\u2019'-]+\s+){0,3}?auditors?\b|"
    # the split infinitive: "advised ... of its intention to not seek re-appointment as the Company's ... firm"
    r"\bto\s+not\s+seek\s+re-?(?:election|appointment)|"
    r"declination\s+to\s+stand|(?:will|would|did)\s+not\s+stand\s+for\s+re-?(?:election|appointment)|"
    r"not\s+to\s+stand\s+for\s+re-?(?:election|appointment)|"
    # ("will retire as the auditor of the Company ... and will not be standing for re-appointment", "will not offer
    # themselves for re-appointment")
    r"retire\s+as\s+(?:the\s+)?auditors?\b[^;]{0,240}?\bnot\s+(?:be\s+)?(?:standing|offering\s+(?:itself|themselves)|seeking)\s+for\s+"
    r"re-?appointment|(?:will|would|is|are|was|were)\s+not\s+(?:be\s+)?(?:standing|offering\s+(?:itself|themselves))\s+for\s+re-?(?:election|"
    r"appointment)|(?:will|would|did|do|does)\s+not\s+offer\s+(?:itself|themselves)\s+for\s+re-?(?:election|appointment)|"
    # a firm that turns down the next audit: "KPMG has announced that it will not accept the appointment as auditor for the
    # German subsidiary"
    r"(?:will|would|did|could)\s+not\s+accept\s+(?:the\s+|its\s+|a\s+)?(?:re-?)?(?:appointment|mandate|engagement)\s+as\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?auditors?\b|declined\s+(?:the|its|a)\s+(?:new\s+)?(?:audit\s+)?mandate\b)"
)
# Rule and guidance text names the alternatives: "resigned, declined to stand for re-election or was dismissed".
_ALTERNATIVES = cues.rx(
    r"\b(?:resign\w*|dismiss\w*|declin\w*)\b[^.;]{0,40}?(?:\bor\b|,|\bvs\.?|\bversus\b)\s*(?:\([^)]*\)\s*)?(?:\w+\s+){0,4}?"
    # ("until the next annual general meeting ... or until any of their earlier resignation or removal": a term of office)
    r"(?:resign\w*|dismiss\w*|declin\w*|removed|removal|does\s+not\s+reappoint|not\s+re-?appoint\w*)"
)
# Roles an audit firm may hold besides auditing the company.
_OTHER_ROLES = r"(?:nominated\s+advis[eo]rs?|nomads?|(?:joint\s+)?brokers?|financial\s+advis[eo]rs?|sponsors?|registrars?)"
_ROLE_RESIGNS = r"\b" + _OTHER_ROLES + r"\b[^.;]{0,60}?\bresign"
# An officer or a director leaving, in either wording.
# ("Earlier this month, Conviviality chief executive quit and the business brought in PwC to conduct a review")
_STEPS_DOWN = r"(?:resign\w*|step(?:ped|s|ping)?\s+down|quit(?:s|ting)?\b)"
_OFFICER = cues.rx(
    # ("Markus Jooste had resigned with immediate effect as CEO")
    r"\b" + _STEPS_DOWN + r"\s+(?:(?:with\s+immediate\s+effect|immediately|effective\s+immediately),?\s+)?(?:from\s+(?:the|his|her|its)\s+|"
    r"as\s+(?:a\s+|an\s+|the\s+|our\s+|its\s+)?)(?:board|director|chief|"
    r"president|ceo|cfo|coo|officer|chair\w*|member|secretary|treasurer|trustee|vice|general\s+counsel|controller|"
    r"investment\s+advis\w*|administrator|sub-?advis\w*|partner|employee|executive|manager)|"
    # the officer as the subject: "a director is resigning for personal reasons"
    r"\b(?:director|officer|chair(?:man|woman|person)?|ceo|cfo|president|trustee|secretary|treasurer|employee|executive)s?\s+"
    r"(?:(?:is|are|was|were|has|have|had)\s+)?" + _STEPS_DOWN + r"|"
    # a firm that dismissed its own people: "Arthur Andersen ... said today that it had dismissed one of its partners"
    r"\bdismiss\w*\s+(?:one\s+of\s+|two\s+of\s+|several\s+of\s+)?(?:its|their)\s+(?:[\w-]+\s+)?(?:partners?|employees?|staff|"
    r"executives?)\b|"
    # ... or one named with the role: "Andersen dismissed David B. Duncan, the lead partner on the account"
    r"\b(?:dismiss(?:ed|es)|fired|fires)\s+(?:[\w.'\u2019-]+,?\s+){1,4}?(?:the|its|their)\s+(?:(?:lead|audit|engagement|senior)\s+)*"
    r"partners?\b|"
    # people of the firm, not the firm: "Nine senior executives from KPMG recently resigned", "KPMG South Africa said on Saturday
    # two of its partners have resigned after facing disciplinary charges"
    r"\b(?:one|two|three|four|five|several|some|\d+)\s+of\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:partners|executives|employees|staff|"
    r"directors)\s+(?:(?:have|has|had)\s+)?" + _STEPS_DOWN + r"|"
    # people of the firm, not the firm: "Nine senior executives from KPMG recently resigned"
    r"\b(?:executives|partners|employees|staff|officials|directors|officers)\s+(?:from|of|at)\s+(?:[\w&.'\u2019-]+\s+){1,3}?"
    r"(?:(?:recently|also|all|have|has|had)\s+){0,2}" + _STEPS_DOWN + r"|"
    # an audit firm in another role: "its nominated adviser Grant Thornton UK LLP will resign effective from February 29",
    # "Sasfin has replaced KPMG Services as its sponsor"
    + _ROLE_RESIGNS + r"|\bresign\w*\s+as\s+(?:the\s+|its\s+|our\s+)?(?:[\w-]+\s+)?"
    + _OTHER_ROLES + r"\b|\b(?:replaced|replaces|replacing|dismissed|dropped|drops)\s+(?:[\w&.,'\u2019-]+\s+){1,5}?as\s+"
    r"(?:the\s+|its\s+|our\s+)?(?:[\w-]+\s+)?" + _OTHER_ROLES + r"\b|\b(?:lawsuit|complaint|"
    r"action|case|claims?|suit|petition|appeal|charges?)\b[^.;]{0,60}?\bdismiss|\bdismiss\w*\s+(?:the|a|all|its|with|"
    r"without)\s+(?:\w+\s+){0,3}?(?:claims?|complaint|lawsuit|action|case|suit|appeal|charges?|prejudice)"
)
_RATIFY = cues.rx(r"\bratif\w+")
# The new firm's engagement "subject to the stockholder ratification": a condition on the engagement, not a vote
# ratifying the same firm ("elected to engage Hoberman ... subject to the stockholder ratification, and to dismiss
# Ernst & Young").
_SUBJECT_TO_RATIFICATION = cues.rx(r"\bsubject\s+to\s+(?:the\s+)?(?:stock|share)holders?['\u2019]?\s+ratification\b")


def _ratified_before(low: str, pos: int) -> bool:
    """A ratification named before the change verb, other than the new engagement's condition."""
    for m in _RATIFY.finditer(low, 0, pos):
        cond = _SUBJECT_TO_RATIFICATION.search(low, max(0, m.start() - 40), m.end())
        if cond is None or cond.end() != m.end():
            return True
    return False
# The change of auditors in general, the bare plural or an indefinite firm after it: "ASIC to accept resignation of
# auditors at any time if conditions are met", "it will now consent to the resignation of an auditor at any time if:" (a
# regulator's rule; "an auditor of Acme" is someone's, "Resignation of an auditor of a public company" nobody's).
_OF_ANY_AUDITORS = cues.rx(
    # (a list of changes too: "Regulatory Guide 26 Resignation, removal and replacement of auditors")
    # ("relating to the resignation of public company auditors")
    # ("norms for procedure of Resignation as well as Appointment of Statutory Auditors for listed entity")
    r"(?:resignations?|dismissals?|removals?|replacements?)\b(?:[\s,]+(?:and\s+|or\s+)?[a-z]+){0,4}?\s+of\s+"
    r"(?:(?:public|listed|company|registered|external|independent|statutory)\s+){0,3}(?:auditors|audit\s+firms|accounting\s+firms|"
    r"an\s+(?:auditor|audit\s+firm|accounting\s+firm)\b(?!\s+(?:of|for|to)\b(?!\s+(?:an?|any)\s))|"
    # the auditor of any listed issuer: "upon Resignation of the Statutory Auditor of a Listed entity/Material subsidiary"
    r"the\s+(?:statutory\s+|external\s+)?(?:auditor|audit\s+firm)\s+of\s+an?\s+(?:listed\s+)?(?:entity|company|issuer)\b)"
)
# The change noun naming a kind of document, in the plural: "it is common to see resignation announcements which ...".
# (or of case: "in around 60% of late resignation cases")
_DOCUMENT_KIND = cues.rx(r"(?:resignation|dismissal)s?\s+(?:announcements|letters|statements|notices|notifications|cases)\b")
_REPLACES = cues.rx(r"to\s+replace\b")
# An indefinite auditor as the subject right before the verb (an appositive "the Company's auditor, an
# independent registered public accounting firm, resigned" has a comma before the verb).
_ANY_AUDITOR = cues.rx(
    r"\b(?:a|an|any|every|each)\s+(?:[\w-]+\s+){0,2}?(?:auditors?|accounting\s+firms?|audit\s+firms?|accountants?)\s+"
    r"(?:\w+\s+)?$"
)
# The kind of change each named group of _CHANGE states (the firm saying it cannot go on is its resignation).
_HOW = {"resigned": "resigned", "declined": "declined", "unable": "resigned"}
_MODALS = cues.MODALS - {"would"}
# A condition right after a bare verb and its object: "to replace the auditor if the ratification is not obtained".
_IF_AFTER = cues.rx(r"[^,;.]{0,40}?\b(?:if|unless)\b")
_BARE_VERB = re.compile(r"(?:to\s+)?(?:dismiss|replace|change|terminate|fire|remove|drop)\b.*", re.DOTALL)
# An indefinite firm earlier in the sentence ("written by an accounting firm to notify a client of their decision
# to resign"): any firm, unless the sentence also names one.
_INDEFINITE_AUDITOR = cues.rx(
    r"\b(?:a|an|any)\s+(?:[\w-]+\s+){0,2}?(?:auditors?|accounting\s+firms?|audit\s+firms?|cpa\s+firms?)\b"
)
# A duty stated before the change: "On resigning, the auditor is required to ... furnish the reasons for the
# resignation" (rule text about any auditor, not an event).
_DUTY = cues.rx(r"\b(?:is|are)\s+required\s+to\b|\bmust\b|\bshall\b")
# The former firm, as the sentence names it.
_NAMED = re.compile(
    r"(?:dismiss(?:ed|al\s+of)|dismiss|resignation\s+of|replaced|retain|engage|informed\s+by\s+its\s+independent\s+"
    r"accountants,)\s+(?P<a>[A-Z][\w&.,'\u2019\- ]{1,70}?)(?:\s*\(|,\s*(?:its|the|our)\b|\s+as\b|\s+was\b|\s+from\b)|"
    r"(?:^|[.;]\s+|,\s+|\)\s+|\d{4},\s+)(?P<b>[A-Z][\w&.,'\u2019\- ]{1,70}?)(?:\s*\([^)]*\))?,?\s+(?:(?:the\s+)?(?:Company|"
    r"Registrant|Fund)['\u2019]s\s+independent[^,]{0,60},\s+)?(?:resigned|declined|informed|notified|was\s+notified|has\s+"
    r"resigned|had\s+resigned|was\s+dismissed)"
)
_FIRM_IN_TEXT = re.compile(
    r"(?:Deloitte\s*&\s*Touche\s+LLP|PricewaterhouseCoopers\s+LLP|KPMG\s+LLP|Ernst\s*&\s*Young\s+LLP|BDO\s+USA,?\s+"
    r"(?:LLP|P\.?C\.?)|Grant\s+Thornton\s+LLP|Marcum\s+LLP|RSM\s+US\s+LLP|Arthur\s+Andersen\s+LLP|[A-Z][\w&.'\- ]{2,40}?,?\s+"
    r"(?:LLP|L\.L\.P\.|P\.C\.|CPAs?|PLLC|LLC))"
)
_DISAGREE = cues.rx(r"\bdisagree\w*")
_NEGATORS = cues.rx(r"\b(?:no|not|none|neither|nor|without|never)\b|n['\u2019]t\b")
_REPORTABLE = cues.rx(r"\breportable\s+events?\b")
_EXCEPT = cues.rx(r"\b(?:except|other\s+than|following|were\s+as\s+follows|identified|advised\s+the|related\s+to\s+the)\b")
_ADVERSE = cues.rx(r"\b(?:expressed|issued|included|contained)\s+an\s+adverse\s+opinion\b")


class AuditorChangeDetector:
    kind: str = KIND
    # "stand for re" covers "declined to stand for re-election / reappointment".
    # "decided not to engage Arthur Andersen LLP as the principal public accountants" (a dismissal).
    # "determined that it would not engage Arthur Andersen LLP", "the termination of the engagement of Arthur
    # Andersen LLP", "its decision to terminate their services".
    # ("declined to stand" too: a hard line break may split "stand for\nre-election"; "quit" with what follows it, not
    # inside "equity" or "quite")
    keywords: tuple[str, ...] = (
        "resign", "dismiss", "stand for re", "declined to stand", "declines to stand", "replac", "not to re",
        "not to engage", "not to retain", "not engage", "not re-engage", "not reengage", "engagement of",
        "no longer engage", "no longer retain",
        "terminate the", "terminate their", "terminate its", "terminated the", "terminated its", "ceased to", "ceased being", "ceased serving", "ceased acting",
        "auditor relationship", "not seek re", "not to seek re", "decision to change", "firm from", "auditor from", "auditors from",
        "accountants from", "fired", "fires", "firing", "voted to terminate", "decided to terminate",
        "resolved to terminate", "elected to terminate", "determined to terminate", "voted to change",
        "to change the registrant", "to change the fund", "to change the company", "accountants for the fiscal year",
        "relationship with", "relationships with", "sacked", "sacks", "ousted", "ousts", "dropped", "drops",
        "dropping", "ties with", "ditched", "ditches", "dumped", "dumps",
        "declined re-appoint", "declined reappoint", "declined re-elect", "declined reelect", "declines re-appoint",
        "declines reappoint", "declining re-appoint", "declining reappoint", "decline re-appoint", "decline reappoint",
        "declined to be re", "declined to seek re", "not seeking re", "not propose to re", "that it was terminated",
        "that it was dismissed", "that they were dismissed", "that it had been dismissed", "that it had been terminated",
        "quit ", "quits", "quit,", "quit.", "quit:", "not be standing for", "not standing for", "for re-appointment",
        "for reappointment", "not accept the", "not accept its", "not accept a", "mandate", "stepped down", "steps down", "step down", "changed auditor", "switched auditor", "switched its auditor", "switched audit", "taking over the audit",
        "take over the audit", "took over the audit", "takes over the audit", "fired its", "fired their",
        "changed its auditor", "changed their auditor", "changed our auditor", "changed its external", "changed its independent", "that it would no longer", "that it will no longer",
        "that it could no longer", "that it would not be able", "that they would no longer",
        # "Haoxin succeeds Ernst & Young", "notified of its removal as the Company's auditor", "has not approved the
        # reappointment of KPMG"
        "succeeds", "succeeded", "to succeed", "of its removal", "of its dismissal", "not approved the re",
        # "change of auditing firms, from KPMG to BDO Seidman", "declined an invitation to re-pitch"
        "invitation to",
        "change of audit", "change in audit", "change of accounting firm", "change in accounting firm",
    )
    max_score: float = 0.85
    skip: re.Pattern[str] | None = None
    skip_on: frozenset[str] = frozenset()

    def analyze(self, text: str, start: int, end: int, floor: float | None = None) -> Candidate | None:
        cand = self._analyze(text, start, end)
        if cand is None:
            more = _wrapped_on(text, start, end)
            if more is not None:
                cand = self._analyze(text, start, more)
        if cand is None and _auditor_next_door(text, start, end):
            cand = self._analyze(text, start, end, neighbour=True)
        return cand

    def _analyze(self, text: str, start: int, end: int, neighbour: bool = False) -> Candidate | None:
        sentence = text[start:end]
        if sentence.rstrip().endswith("?"):
            return None  # "How [can] a casual vacancy arising from the resignation of present auditors be filled?"
        low = cues.lower(sentence)
        approved = _approved_change(low) if "decision to change" in low else None
        if (
            not (neighbour or approved)
            and (not cues.present(low, _AUDITOR_NEEDS) or not _AUDITOR.search(low))
            or _ALTERNATIVES.search(low)
        ):
            return None
        best: tuple[float, str] | None = None
        for m in _CHANGE.finditer(low):
            how = _HOW.get(m.lastgroup or "", "dismissed")
            if _OFFICER.search(low, max(0, m.start() - 120), m.end() + 60) or not (neighbour or _about_the_auditor(low, m)):
                continue
            if not _specific_firm(sentence, m.start(), m.end()):
                continue
            if cues.negated(low, m.start(), window=4) or cues.governed(low, m.start(), _MODALS):
                continue
            if _BARE_VERB.fullmatch(m.group()) and _IF_AFTER.match(low, m.end()):
                continue  # "(2) dismiss its auditor if the auditor refuses to do so": what could be done, on a condition
            if _generic(low, m.start()) or (_ratified_before(low, m.start()) and not _REPLACES.match(low, m.start())):
                continue  # ratifying the same firm; a ratified firm named "to replace" another is a change
            if m.group().startswith("quit") and _BARE_PLURAL.search(low, max(0, m.start() - 40), m.start()):
                continue  # "In 2018, auditors quit 48 NSE-listed companies": auditors in general
            if _DUTY.search(low, 0, m.start()):
                continue  # "the auditor is required to furnish the reasons for the resignation": a duty
            if _ANY_AUDITOR.search(low, max(0, m.start() - 80), m.start()):
                continue  # "when an auditor resigns from a publicly traded company, ...": any auditor
            if (
                _indefinite(low, m.start())
                and not _names_a_firm(sentence, low)
                and not _AUDITOR_OF_NAMED.search(sentence, 0, m.start())
            ):
                continue  # "A resignation letter is a formal document written by an accounting firm to notify a client"
            if _category(low, m.start()) or _DOCUMENT_KIND.match(low, m.start()) or _OF_ANY_AUDITORS.match(low, m.start()):
                continue  # "the requirements on auditor resignation", "resignation announcements": kinds, nobody's
            if _PLACEHOLDER.search(sentence):
                continue  # "Registrant A changed auditors from Auditor A to Auditor B": a guide's worked example
            score = 0.85 if how != "dismissed" or "dismiss" in m.group() else 0.7
            if _in_title_line(sentence, m.start()):
                score -= 0.4  # "Auditor's Resignation: The Perils Of The Profession" on the line before an article's text
            if best is None or score > best[0]:
                best = (score, how)
        best = best or approved
        if best is None:
            return None
        score, how = best
        if cues.boilerplate(low):
            score -= 0.3
        if _heading(sentence):
            score -= 0.4  # "Removal and Resignation of Auditors": a title asserts nothing (an Item 4.01 still counts)
        severity = Severity.high if how == "resigned" else Severity.medium
        return Candidate(KIND, clamp(score), start, end, (f"phrase:auditor-{how}",), severity)

    def refine_severity(self, severity: Severity, found: tuple[Amount, ...]) -> Severity:
        return severity

    def review(self, text: str, low: str, cand: Candidate) -> Candidate | None:
        """Name the former firm and what the filing discloses about the change; each disclosed issue
        (disagreements, reportable events, an adverse opinion, a going-concern paragraph) raises the
        severity one step."""
        if cues.name_left_blank(text):
            return None  # a form letter with the firm's name left blank, not a letter that was sent
        if "audit" not in low and "accountant" not in low and _OTHER_ROLE.search(low, max(0, cand.start - 400), cand.end):
            return None  # "its nominated adviser Grant Thornton UK LLP will resign": the firm in another role
        evidence = text[cand.start : cand.end]
        facts: list[tuple[str, str]] = []
        firm = former_auditor(evidence) or former_auditor(text[max(0, cand.start - 600) : cand.start])
        if firm:
            facts.append(("former auditor", firm))
        how = cand.signals[0].rsplit("-", 1)[-1] if cand.signals else ""
        if how:
            facts.append(("change", how))
        issues = _issues(low[max(0, cand.start - 2000) : cand.end + 4000])  # the Item 4.01 text around it
        if issues:
            facts.append(("disclosed", ", ".join(issues)))
        severity = cand.severity
        if issues:
            severity = Severity.critical if severity is Severity.high else Severity.high
        return replace(cand, severity=severity, facts=tuple(facts))


# An audit firm resigning from another role, told around the change in a document that never speaks of an audit.
_OTHER_ROLE = cues.rx(_ROLE_RESIGNS)


# A named party (capitalised words, "PwC", "Deloitte & Touche LLP") or the company's own firm; a headline
# or a guide's "auditor resigned" names no one.
_NAME = re.compile(r"\b(?!(?:The|Our|Its|Their|An?|Auditors?|Accountants?|Independent|Registered|Public|Accounting|Firm|Company|"
                   r"Registrant|Fund|On|In|During|Effective|As|If|When|Whether|Item|Prior|Inputs|Audit|Committee|Board|"
                   r"Directors?|Dismissal|Resignation|January|February|March|April|May|June|July|August|September|"
                   r"October|November|December)\b)[A-Z][A-Za-z&'\u2019.\-]+")
_OWN = cues.rx(r"\b(?:its|our|the\s+company['\u2019]s|the\s+registrant['\u2019]s|the\s+fund['\u2019]s|the\s+trust['\u2019]s|"
               r"their|then[- ]current)\s+(?:\w+\s+){0,4}?(?:auditors?|accountants?|accounting\s+firm|account\w+)|\bthat\s+"
               r"(?:it|they)\b|\bwe\s+were\b|\bwe\s+(?:have\s+)?resigned\b|"
               # a company's by its name, or the previous one: "Herbalife's previous auditor had recently resigned", "could not find
               # a suitable auditor ... after its previous one resigned"
               r"\b[a-z][\w&.-]*['\u2019]s\s+(?:previous|former|prior|outgoing)\s+(?:auditors?|accountants?|accounting\s+firm|audit\s+firm)\b|"
               r"\bits\s+(?:previous|former|prior|outgoing)\s+one\b")


_A_BEFORE = cues.rx(r"\b(?:a|an|any)\s+$")
_KIND_OF = cues.rx(
    r"\b(?:(?:types?|kinds?|forms?|samples?|templates?|examples?)\s+of\s+(?:an?\s+)?|(?:voluntary|involuntary|forced|"
    r"mutual|immediate|standard|general|sample)\s+)$"
)


def _indefinite(low: str, pos: int) -> bool:
    """Any firm's change: an indefinite firm earlier in the sentence, or an indefinite change ("a resignation
    letter")."""
    if _A_BEFORE.search(low, max(0, pos - 6), pos) is not None or _KIND_OF.search(low, max(0, pos - 20), pos):
        return True  # "a resignation letter", "this type of resignation letter", "Voluntary Resignation Letter:"
    return _INDEFINITE_AUDITOR.search(low, 0, pos) is not None


# Auditors with no determiner, opening a clause: any auditors.
_BARE_PLURAL = cues.rx(r"(?:^|[,;:])\W*(?:auditors|audit\s+firms|accounting\s+firms)\s+$")
# An indefinite auditor of a named company is that company's: "An auditor for MiMedx quit last week".
_AUDITOR_OF_NAMED = re.compile(r"\b[Aa]n?\s+(?:[\w-]+\s+)?auditors?\s+(?:for|of|at)\s+[A-Z][\w&.'\u2019-]+")


def _names_a_firm(sentence: str, low: str) -> bool:
    return _FIRM_NAME.search(low) is not None or _FIRM_IN_TEXT.search(sentence) is not None


def _wrapped_on(text: str, start: int, end: int) -> int | None:
    """The end of the next line when a hard-wrapped filing broke the sentence right after its change
    verb ("The Audit Committee and the Board of\nDirectors decided not to retain\nPricewaterhouseCoopers
    LLP ...": a short line before a capitalised one reads as a heading): else None."""
    tail = text[max(start, end - 60) : end]
    if not tail or tail[-1] in ".!?:;" or text[end : end + 8].lstrip(" \t")[:1] != "\n":
        return None
    last = None
    for last in _CHANGE.finditer(cues.lower(tail)):
        pass
    if last is None or last.end() < len(tail.rstrip()) - 1:
        return None
    following = next_sentence(text, end)
    return following[1] if following else None


_PLACEHOLDER = re.compile(r"\b(?:Registrant|Company|Auditor|Firm|Entity|Issuer|Client)\s+[A-Z]\b(?![.&])")
_BARE_AUDITOR = cues.rx(r"\b([\w'\u2019]+)\s+auditors?(?:['\u2019]s?)?\s+$")
_DETERMINER = cues.words("the its our their this that his her company's registrant's fund's trust's")


def _category(low: str, pos: int) -> bool:
    """The change noun is modified by a bare "auditor" ("requirements on auditor resignation", "informative auditor
    resignation statements"): the kind of event. "the auditor's resignation", "its auditor's dismissal" are events."""
    m = _BARE_AUDITOR.search(low, max(0, pos - 60), pos)
    return m is not None and m.group(1) not in _DETERMINER


def _heading(sentence: str) -> bool:
    """A title without a verb: every word capitalised but the small ones ("Resignation of Independent Registered
    Public Accounting Firm", "Removal and Resignation of Auditors")."""
    tokens = sentence.split()
    if not 2 <= len(tokens) <= 14 or sentence.rstrip().endswith("."):
        return False
    return all(t[:1].isupper() or t in _SMALL_WORDS or not t[:1].isalpha() for t in tokens)


_SMALL_WORDS = cues.words("of and or the a an to for in on by with")


def _in_title_line(sentence: str, pos: int) -> bool:
    """The position lies on a first line that is a title, with the text that follows it on the next lines."""
    line_end = sentence.find("\n")
    return 0 <= pos < line_end and _heading(sentence[:line_end])


def _specific_firm(sentence: str, start: int, end: int) -> bool:
    lo = max(0, start - 160)
    window = sentence[lo : min(len(sentence), end + 120)]
    if _OWN.search(cues.lower(window)):
        return True
    return any(not _opening_word(sentence, lo + m.start(), m.group()) for m in _NAME.finditer(window))


def _opening_word(sentence: str, pos: int, word: str) -> bool:
    """A capital that only opens the sentence or a heading ("Driving more informative auditor resignation statements",
    "Voluntary Resignation: A voluntary resignation letter ..."), not a name: a name is an acronym ("KPMG"), a known
    firm, or runs on into another capitalised word."""
    if sentence[: pos].strip(" \t\n\"'\u201c\u2018([|-\u2022*") and sentence[: pos].rstrip()[-1:] not in ".:\n":
        return False
    if word.isupper() and len(word) > 1 or _FIRM_NAME.match(cues.lower(word)):
        return False
    after = pos + len(word)
    return sentence[after : after + 1] != " " or _NAME.match(sentence, after + 1) is None


_FIRM_NAME = cues.rx(_FIRM_NAMES)
# An old filing's possessive written without its apostrophe: "Changes in Registrants Certifying Accountant", "the
# Registrants Independent Auditors", "the Funds financial statements" (one registrant, not rule text about any).
_APOSTROPHE_LOST = cues.rx(r"\s+(?:certifying|independent|financial|board|audit\w*|accountants?|shareholders)\b")


def _generic(low: str, hi: int) -> bool:
    """Rule or guidance wording before the change (cues.GENERIC_SUBJECT), not counting a plural that is a
    possessive without its apostrophe."""
    return any(
        not (m.group().endswith("s") and _APOSTROPHE_LOST.match(low, m.end()))
        for m in cues.GENERIC_SUBJECT.finditer(low, 0, hi)
    )


# Item 304's statement of who approved the change, in an Item 4.01 whose other lines may name the firm only by its short
# name: "(iii) The decision to change accountants was approved by the Audit Committee and the Board of Directors".
_APPROVED_CHANGE = cues.rx(
    r"\bdecision\s+to\s+change\s+(?:the\s+company['\u2019]s\s+|its\s+|our\s+)?(?:independent\s+)?(?:registered\s+)?"
    r"(?:public\s+)?(?:certifying\s+)?(?:accountants?|auditors?|accounting\s+firms?)\s+(?:was|has\s+been|had\s+been)\s+"
    r"(?:recommended|approved)\b"
)


def _approved_change(low: str) -> tuple[float, str] | None:
    m = _APPROVED_CHANGE.search(low)
    if m is None or cues.negated(low, m.start(), window=4) or cues.governed(low, m.start(), _MODALS):
        return None  # (Item 304 itself: "State whether the decision to change accountants was recommended or approved")
    return 0.7, "dismissed"


def _about_the_auditor(low: str, m: re.Match[str]) -> bool:
    """The auditor is the one who resigned / was dismissed: an auditor word or firm name close to the
    verb (not an audit committee member who resigned)."""
    lo, hi = max(0, m.start() - 160), min(len(low), m.end() + 160)
    window = _AUDIT_COMMITTEE.sub(" ", low[lo:hi])
    return bool(_AUDITOR.search(window))


# The party of a change named next to its verb: "the resignation of Drakeford & Drakeford, LLC", "Drakeford resigned".
_PARTY = re.compile(
    r"\b(?:resignation|dismissal)\s+of\s+([A-Z][\w'\u2019-]+)|\b([A-Z][\w'\u2019-]+)(?:\s+(?:&\s+)?[A-Z][\w'\u2019.-]*)*,?\s+"
    r"(?:has\s+|had\s+)?(?:resigned|was\s+dismissed|declined\s+to\s+stand)\b"
)


def _auditor_next_door(text: str, start: int, end: int) -> bool:
    """A change whose party the sentence names without saying it is the auditor, while the sentence before or
    after names the same party as the auditor ("... following the resignation of Drakeford & Drakeford, LLC on
    July 16, 2009. Drakeford resigned as a result of the revocation of its registration by the PCAOB")."""
    sentence = text[start:end]
    if "resign" not in sentence and "dismiss" not in sentence and "declined" not in sentence:
        return False
    if _WE_RESIGNED.search(cues.lower(sentence)) and _FIRM_LETTER.search(cues.lower(text[max(0, start - 400) : start])):
        return True  # the firm's own letter (Exhibit 16): "We were previously engaged as independent auditors for ...
        # On May 26, 2011, we resigned from that position."
    for m in _PARTY.finditer(sentence):
        name = m.group(1) or m.group(2)
        if name in _NOT_A_PARTY:
            continue
        for near in (text[max(0, start - 400) : start], text[end : end + 400]):
            for hit in re.finditer(re.escape(name), near):
                if _AUDITOR.search(cues.lower(near[max(0, hit.start() - 120) : hit.end() + 160])):
                    return True
    return False


_WE_RESIGNED = cues.rx(r"\bwe\s+(?:have\s+)?resigned\b")
_FIRM_LETTER = cues.rx(
    r"\bwe\s+(?:were|are|have\s+been)\s+(?:previously\s+|formerly\s+)?(?:engaged\s+as\s+|the\s+)?(?:(?:principal|independent|"
    r"registered)\s+)*(?:auditors?|accountants?|public\s+accounting\s+firm)\b"
)
_NOT_A_PARTY = frozenset(("The", "Our", "Its", "Their", "We", "It", "He", "She", "They", "Company", "Registrant", "On", "In"))


# (a firm's name may hold commas: "to replace Tait, Weller and Baker LLP as the Funds' independent auditors")
_REPLACED_FIRM = re.compile(
    r"\bto\s+replace\s+([A-Z][\w&.,'\u2019\- ]{1,60}?)(?:\s*\(|,?\s+(?:as|for|effective|which|who)\b|\s*[.;](?:\s|$)|\s*$)"
)


def former_auditor(evidence: str) -> str | None:
    """The former firm's name as the sentence writes it ("PricewaterhouseCoopers LLP", "PwC")."""
    replaced = _REPLACED_FIRM.search(evidence)
    if replaced is not None:  # "engaged Tait, Weller & Baker LLP ... to replace E&Y as ...": the firm replaced
        return " ".join(replaced.group(1).split())
    m = _NAMED.search(evidence)
    if m is not None:
        name = (m.group("a") or m.group("b") or "").strip(" ,")
        if name and not name.lower().startswith(("the ", "on ", "in ", "we ", "it ")) and len(name.split()) <= 8:
            return " ".join(name.split())
    firm = _FIRM_IN_TEXT.search(evidence)
    return " ".join(firm.group().split()) if firm else None


def _issues(low: str) -> list[str]:
    """What the filing discloses beyond a routine change (read from the whole document)."""
    found: list[str] = []
    if "disagree" in low and _disclosed(low, _DISAGREE, need_except=False):
        found.append("disagreements")
    if "reportable event" in low and _disclosed(low, _REPORTABLE, need_except=True):
        found.append("reportable events")
    adverse = _ADVERSE.search(low) if "adverse opinion" in low else None
    if adverse is not None and not cues.negated(low, adverse.start()):
        found.append("adverse opinion")
    if "doubt" in low and states_doubt(low):
        found.append("going-concern paragraph")
    return found


def _disclosed(low: str, rx: re.Pattern[str], *, need_except: bool) -> bool:
    """A sentence that discloses disagreements (one that does not deny them), or reportable events named
    as an exception ("no reportable events, except for the material weaknesses ...")."""
    done = -1
    for m in rx.finditer(low):
        if m.start() < done:
            continue  # the sentence was read already
        lo = max(low.rfind(". ", 0, m.start()), low.rfind("\n", 0, m.start())) + 1
        hi = low.find(". ", m.end())
        done = hi if hi != -1 else len(low)
        sentence = low[lo:done]
        pos = m.start() - lo
        if cues.governed(sentence, pos) or "if not resolved" in sentence:
            continue
        if (_EXCEPT.search(sentence, pos) is not None) if need_except else not _NEGATORS.search(sentence):
            return True
    return False


DETECTOR = AuditorChangeDetector()
