package org.claimtrace.extraction.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import org.claimtrace.extraction.ExtractedAttribution;
import org.claimtrace.extraction.TextSpan;

/**
 * Finds reported speech and who said it: a reporting verb with its subject ("X said
 * (that) ...", "..., said X", "X told reporters ..."), "according to X", and quotations,
 * including quote-only sentences that continue the previous speaker's quotation. Uses the
 * dependency parse when the sentence has one and a part-of-speech pattern otherwise.
 */
class AttributionExtractor {

	/** Verbs that report speech whenever they have a subject. */
	private static final Set<String> SPEECH_VERBS = Set.of("say", "tell", "claim", "estimate", "warn", "add", "confirm",
			"deny", "assess", "report", "note", "argue", "insist", "state", "announce", "explain", "write", "tweet",
			"acknowledge", "admit", "allege", "assert", "declare", "maintain", "predict", "reveal", "disclose",
			"contend", "stress", "emphasize", "emphasise", "complain", "recall", "reply", "repeat", "testify",
			"concede", "observe", "mention", "comment", "speculate", "conclude", "quip", "joke", "boast", "brief",
			"remark", "counter", "retort", "caution", "vow", "pledge", "promise", "suggest", "indicate", "accuse",
			"charge", "point", "echo", "insinuate", "yell", "shout", "chant", "agree", "describe", "cite", "post",
			"blog", "affirm", "reiterate", "ask", "urge", "forecast", "dismiss", "rebut", "proclaim", "lament",
			"signal", "respond", "recount", "grumble", "grouse", "gripe", "whisper", "mutter", "murmur", "interject",
			"gush");

	/**
	 * Verbs that report speech or thought only with a clause or quotation as their
	 * content.
	 */
	private static final Set<String> CLAUSE_VERBS = Set.of("discuss", "rule", "promote", "mock", "encourage",
			"consider", "admire", "persuade", "implore", "tout", "applaud", "welcome", "label", "dub", "invoke",
			"highlight", "document", "rate", "view", "show", "find", "believe", "think", "call", "know", "fear", "hope",
			"worry", "expect", "want", "feel", "demand", "question", "criticize", "criticise", "praise", "condemn",
			"blast", "slam", "attack", "decide", "plan", "threaten", "refuse", "decline", "propose", "reject",
			"suspect", "doubt", "understand", "learn", "imply", "recommend", "demonstrate", "prove", "calculate",
			"guess", "wonder", "reckon", "assume", "hint", "read", "sing", "offer", "express", "defend", "support",
			"oppose", "endorse", "liken", "order", "denounce", "blame", "advocate", "champion", "chastise", "lambaste",
			"scold", "laud", "reference", "decry", "deride", "ridicule", "disparage", "insult", "commend", "thank",
			"credit", "lobby", "pressure", "exhort", "plead", "protest", "mourn", "hail", "chide", "rebuke",
			"castigate", "berate", "fault", "assail", "grill", "trumpet", "vouch", "compare", "refer", "recognize",
			"recognise", "love", "prefer", "despise", "resent", "respect", "hate", "dislike", "distrust", "appreciate",
			"downplay", "vote", "approve", "veto", "examine", "dispute", "identify", "detail", "link", "illustrate",
			"propound", "understate", "overstate", "portray", "characterize", "characterise", "chronicle", "discover",
			"envision", "envisage", "concoct", "contemplate", "herald", "second", "compliment", "bemoan", "brand",
			"articulate", "retweet", "recite", "specify", "unearth", "expose", "confront", "react", "weigh", "tease",
			"taunt", "scoff", "lampoon", "skewer", "rip", "bristle", "seethe", "acknowledge", "quote", "rebuff",
			"reaffirm", "voice", "float", "pitch", "urge", "see", "answer", "assure", "reassure", "remind", "inform",
			"notify", "clarify", "underscore", "underline", "confide", "fume", "beg", "frame", "project");

	/**
	 * Verbs whose object feels what the subject causes: "the ruling alarmed
	 * environmentalists" reports the environmentalists' alarm.
	 */
	private static final Set<String> EXPERIENCER_VERBS = Set.of("worry", "alarm", "anger", "trouble", "frustrate",
			"upset", "outrage", "infuriate", "disappoint", "bother", "disturb", "dismay", "frighten", "scare",
			"unsettle", "annoy", "irritate", "offend", "enrage", "irk", "rankle", "alienate", "appall", "appal",
			"concern", "delight", "hearten", "impress", "shock", "surprise", "baffle", "puzzle", "disgust", "horrify",
			"terrify", "embarrass");

	/** Object pronouns for people. */
	private static final Set<String> ANIMATE_OBJECT_PRONOUNS = Set.of("him", "her", "them", "us", "me");

	/** Verbs of intent that report an attitude only with a clause: "she seeks to ...". */
	private static final Set<String> INTENT_VERBS = Set.of("seek", "intend", "aim", "strive", "endeavor", "endeavour",
			"vie", "aspire");

	/**
	 * Verbs whose subject may follow them ("..., said Tim Hess"); others take an object
	 * there ("told Reuters").
	 */
	private static final Set<String> INVERTING_VERBS = Set.of("say", "add", "write", "note", "explain", "argue",
			"insist", "recall", "claim", "reply", "acknowledge", "observe", "warn", "conclude", "declare", "quip",
			"joke", "tweet", "report", "concede", "state", "continue", "retort", "counter", "complain", "estimate",
			"answer", "interject");

	/**
	 * Verbs whose passive with a "by" agent names a source: "was first reported by The
	 * Ledger", "videos circulated on Telegram by the army", "is backed by the union".
	 */
	private static final Set<String> AGENT_VERBS = Set.of("circulate", "publish", "release", "post", "share", "issue",
			"distribute", "broadcast", "air", "leak", "endorse", "back", "support", "oppose", "criticize", "criticise",
			"condemn", "praise", "describe", "call", "label", "dub", "characterize", "characterise", "announce",
			"report", "confirm", "deny", "dispute", "claim", "estimate", "quote", "cite", "write", "tweet", "film",
			"record", "attribute");

	/**
	 * Nouns of speech or stance that cue an attribution to their possessor: "Smith's
	 * claim that ...", "his comment about the polls".
	 */
	private static final Set<String> CUE_NOUNS = Set.of("claim", "statement", "announcement", "remark", "comment",
			"assertion", "allegation", "accusation", "argument", "proposal", "plan", "view", "warning", "promise",
			"pledge", "demand", "criticism", "testimony", "tweet", "speech", "suggestion", "insistence", "denial",
			"admission", "assessment", "estimate", "belief", "contention", "vow", "threat", "charge", "prediction",
			"rhetoric", "message", "appeal", "position", "opinion", "insinuation", "endorsement", "complaint",
			"explanation", "description", "characterization", "rejection", "refusal", "request", "question", "response",
			"reply", "assurance", "confirmation", "report", "memo", "analysis", "finding", "conclusion", "stance",
			"theory", "eagerness", "idea");

	/** Subordinators of time, cause and concession. */
	private static final Set<String> TIME_OR_CAUSE_MARKS = Set.of("after", "before", "because", "although", "though",
			"when", "while", "since", "once", "until", "unless", "whereas", "whenever");

	/**
	 * Things named by "warning" before them, which warn without words: "warning shots",
	 * "warning lights", "an early warning system".
	 */
	private static final Set<String> WARNING_THINGS = Set.of("shot", "shots", "sign", "light", "label", "system",
			"siren", "bell", "track", "flag", "sticker", "signal", "flare", "beacon", "alarm", "lamp");

	/** Verbs whose object of speech is said by their subject: "made a pledge to ...". */
	private static final Set<String> MAKING_VERBS = Set.of("make", "level", "repeat", "renew");

	/**
	 * Nouns of speech that are said when made ("made a pledge to ..."); not plans or
	 * proposals, which are made as things are ("made plans to build bunkers").
	 */
	private static final Set<String> MADE_SPEECH_NOUNS = Set.of("claim", "assertion", "allegation", "accusation",
			"argument", "promise", "pledge", "vow", "threat", "warning", "demand", "suggestion", "statement", "remark",
			"comment", "announcement", "prediction", "admission", "denial", "insinuation", "complaint", "charge",
			"appeal", "assurance", "contention");

	/** Things that "show" or "say" something on behalf of whoever released them. */
	private static final Set<String> ARTEFACT_NOUNS = Set.of("video", "footage", "photo", "photograph", "image",
			"picture", "clip", "recording", "document", "letter", "memo", "report", "statement", "map", "post",
			"message", "tweet", "leaflet", "audio");

	/**
	 * Verbs that put out a statement, a letter or an advertisement: "the mayor issued a
	 * statement", "he released a letter from his doctor", "the paper ran an editorial".
	 */
	private static final Set<String> ISSUING_VERBS = Set.of("issue", "release", "publish", "send", "post", "unleash",
			"unveil", "deliver", "give", "sign", "file", "run", "air", "launch", "circulate", "distribute", "share",
			"fire", "pen", "draft", "submit", "lay", "outline", "present", "put");

	/**
	 * What is issued, besides artefacts and nouns of speech: publications, advertisements
	 * and filings.
	 */
	private static final Set<String> ISSUED_NOUNS = Set.of("ad", "advertisement", "commercial", "article", "story",
			"feature", "editorial", "op-ed", "column", "essay", "book", "petition", "complaint", "lawsuit", "note",
			"email", "e-mail", "interview", "address", "account", "reference", "pitch", "plea", "release", "op", "blog",
			"press", "proposals", "manifesto", "platform", "brief", "motion", "op-eds", "ruling", "opinion", "order",
			"resolution", "declaration");

	/**
	 * Nouns for a run of statements whose "of" phrase says what they are: "a series of
	 * tweets".
	 */
	private static final Set<String> RUN_NOUNS = Set.of("series", "string", "flurry", "barrage", "volley", "stream",
			"spate", "torrent", "pair", "couple", "number", "set");

	/** Bodies that issue statements without being people: "the city sent a letter". */
	private static final Set<String> ISSUER_NOUNS = Set.of("city", "state", "county", "country", "nation", "newspaper",
			"paper", "town", "municipality", "province", "district", "magazine", "network", "outlet", "website", "site",
			"station", "publication", "bank", "firm", "organization", "organisation", "institute", "foundation",
			"center", "centre", "commission", "office", "bureau", "school", "university", "church", "coalition",
			"alliance", "association", "federation", "council", "congress", "senate", "house", "legislature",
			"parliament", "panel", "chamber", "assembly", "embassy", "white", "kremlin", "pentagon", "army", "military",
			"navy", "regime", "side", "camp");

	/**
	 * Nouns of quantity whose "of" phrase names what they count: "a number of cities".
	 */
	private static final Set<String> QUANTITY_NOUNS = Set.of("group", "lot", "majority", "minority", "handful", "dozen",
			"host", "array", "coalition", "bunch", "few", "some", "many", "most", "all", "half", "none");

	/**
	 * Verbs with a particle or object that take a stance on what their "on" or "at"
	 * phrase names: "doubled down on", "took aim at", "shed light on".
	 */
	private static final Set<String> STANCE_IDIOMS = Set.of("double down", "lash out", "hit back", "push back",
			"fire back", "pile on", "sound off", "speak out", "chime in", "weigh in", "zero in", "crack down",
			"tee off", "take aim", "take issue", "take exception", "take umbrage", "shed light", "cast doubt",
			"pour water", "throw water", "draw attention", "call attention", "seize on", "harp on", "dwell on",
			"focus on", "pounce on", "sign on", "follow up", "back off", "back away", "single out", "open up");

	/**
	 * Verbs that report speech only as the tag right after a quotation ("“...,” Mr.
	 * Raines snapped"), each with the particle it needs ("cut in"), or "" for none.
	 */
	private static final Map<String, String> QUOTE_TAG_VERBS = Map.of("snap", "", "bark", "", "growl", "", "snarl", "",
			"sneer", "", "hiss", "", "cut", "in", "chime", "in", "pipe", "up", "butt", "in");

	/** Verbs of raising the voice, whose "at" phrase is whom, not what. */
	private static final Set<String> SHOUTING_VERBS = Set.of("shout", "yell", "scream", "chant", "holler", "whisper",
			"mutter", "murmur");

	/**
	 * Verbs that with "back" and a clause or quotation retort ("shot back", "hit back").
	 */
	private static final Set<String> RETORT_VERBS = Set.of("shoot", "fire", "hit", "snap", "strike", "push");

	/**
	 * Speech verbs whose participle, describing a noun, makes that noun the speaker
	 * ("footage of the mayor saying ..."); "reporting", "urging" describe too much else.
	 */
	private static final Set<String> DESCRIBING_PARTICIPLES = Set.of("say", "claim", "argue", "insist", "declare",
			"warn");

	/** Verbs of talking whose topic ("spoke of", "talked about") is what was said. */
	private static final Set<String> TOPIC_VERBS = Set.of("speak", "talk");

	/**
	 * Nouns of a reaction that a "from" phrase names the source of: "drew sharp criticism
	 * from party leaders", "won praise from unions".
	 */
	private static final Set<String> REACTION_NOUNS = Set.of("criticism", "praise", "condemnation", "rebuke",
			"backlash", "objection", "complaint", "warning", "support", "opposition", "applause", "protest", "pushback",
			"outrage", "scorn", "ridicule", "skepticism", "scepticism", "concern", "censure");

	/** Verbs that take a reaction as their object: "drew criticism from ...". */
	private static final Set<String> DRAWING_VERBS = Set.of("draw", "receive", "win", "earn", "attract", "face", "get",
			"prompt", "spark", "provoke", "trigger", "meet", "elicit", "invite", "garner", "generate");

	/** Verbs that ask for something with "for": "pushing for a special session". */
	private static final Set<String> PUSHING_VERBS = Set.of("push", "press", "campaign", "clamor", "clamour", "agitate",
			"appeal", "lobby", "argue", "advocate", "plead");

	/**
	 * Verbs whose object is the one spoken to: "told reporters the bridge would close".
	 */
	private static final Set<String> ADDRESSEE_VERBS = Set.of("tell", "warn", "urge", "ask", "assure", "inform",
			"remind", "advise", "promise", "convince", "persuade", "notify", "brief", "caution", "email", "text",
			"call", "show", "teach", "bet", "reassure");

	/**
	 * Verbs whose infinitive is what was not done: "refused to testify", "failed to show
	 * up", "declined to comment".
	 */
	private static final Set<String> UNDOING_VERBS = Set.of("refuse", "decline", "fail", "neglect", "forget");

	/**
	 * Verbs that require, allow or ask for what their object's infinitive names, which
	 * reports nothing the object said: "the law requires candidates to disclose ...",
	 * "rules that allow companies to tell ...", "urged his supporters to ask ...".
	 */
	private static final Set<String> DEONTIC_VERBS = Set.of("require", "allow", "permit", "enable", "obligate",
			"oblige", "authorize", "authorise", "empower", "entitle", "encourage", "urge", "ask", "invite", "pressure",
			"press", "push", "beg", "implore", "challenge", "dare", "want", "need", "expect", "rely", "count", "help",
			"tell", "order", "instruct", "direct", "call", "wait");

	/**
	 * Verbs whose plain object is no report: "she assumed office", "the court considered
	 * the matter", "they learned of a meeting", "she knows nothing", "the plan would add
	 * $84 billion", "the rate would decline by four points", "he would assert his
	 * rights", "she answered the phone", "projected a loss". Only a clause, a quotation
	 * or (for "know") a topic makes them cues.
	 */
	private static final Set<String> CLAUSE_ONLY_VERBS = Set.of("assume", "maintain", "consider", "learn", "know",
			"add", "decline", "assert", "demonstrate", "answer", "assure", "reassure", "remind", "inform", "notify",
			"clarify", "underscore", "underline", "confide", "fume", "project");

	/**
	 * What is claimed as a prize or a possession, not as a statement: "claimed the seat",
	 * "claimed the nomination", "the flood claimed three lives".
	 */
	private static final Set<String> PRIZES = Set.of("life", "seat", "title", "crown", "prize", "nomination", "trophy",
			"medal", "award", "majority", "territory", "land", "throne", "benefit", "refund", "spot", "place", "lead",
			"jackpot", "championship");

	/**
	 * Passive verbs whose subject does what their infinitive names: "the president is
	 * expected to say", "she was forced to admit", "the governor is set to announce".
	 */
	private static final Set<String> PASSIVE_CONTROLLERS = Set.of("expect", "schedule", "set", "slate", "poise",
			"force", "compel");

	/**
	 * Passive verbs of hearsay whose subject did what their perfect infinitive names:
	 * "the prime minister is said to have told colleagues ...", "the chief whip is
	 * understood to have warned rebels ...", "she is reported to have said ..." (not "is
	 * said to be furious", whose infinitive is no report).
	 */
	private static final Set<String> HEARSAY_CONTROLLERS = Set.of("say", "understand", "report", "believe", "think",
			"rumor", "rumour", "know", "allege");

	/** Prepositions before a gerund whose speaker is the subject of the sentence. */
	private static final Set<String> GERUND_PREPOSITIONS = Set.of("after", "before", "for", "by", "despite", "while",
			"since", "upon");

	/**
	 * Nouns for someone who takes a side, which cue a stance when predicated of a person
	 * or body: "she has been an outspoken supporter of the alliance".
	 */
	private static final Set<String> ADVOCATE_NOUNS = Set.of("supporter", "opponent", "critic", "advocate", "proponent",
			"foe", "detractor");

	/**
	 * Counts and records that speak for whoever compiled or released them: "according to
	 * data released by the bureau".
	 */
	private static final Set<String> DATA_NOUNS = Set.of("figure", "data", "datum", "estimate", "record", "count",
			"tally", "statistic", "statistics", "number", "filing", "forecast", "projection", "calculation", "study",
			"minutes", "transcript", "document", "log", "ranking", "rating", "tabulation");

	/**
	 * Verbs whose "by" agent only got hold of or read a document, without issuing it:
	 * "records reviewed by the Globe", "emails obtained by the paper".
	 */
	private static final Set<String> RECEIVING_VERBS = Set.of("obtain", "review", "see", "read", "examine", "receive",
			"acquire", "view", "inspect", "analyze", "analyse", "hack", "steal", "find", "discover", "unearth", "cite",
			"quote", "leak");

	/** Common nouns ending in "-man" that name no one. */
	private static final Set<String> NOT_PEOPLE_MAN_NOUNS = Set.of("talisman", "ottoman", "caiman", "cayman",
			"doberman", "walkman", "discman", "superman", "batman", "pac-man");

	/** Nouns of time, which speak for no one: "last weekend". */
	private static final Set<String> TIME_NOUNS = Set.of("weekend", "week", "month", "year", "day", "morning",
			"afternoon", "evening", "night", "today", "yesterday", "tonight", "spring", "summer", "autumn", "winter");

	/** Words that open a clause a verb of thought can report. */
	private static final Set<String> CLAUSE_OPENERS = Set.of("that", "whether", "if", "how", "why", "what", "who",
			"when", "where", "which");

	/**
	 * Words of a headline or section title that a speaker's name in a label does not
	 * have.
	 */
	private static final Set<String> TITLE_WORDS = Set.of("the", "a", "an", "over", "on", "in", "at", "for", "with",
			"from", "to", "into", "by", "about", "after", "before", "against", "under", "is", "are", "was", "were");

	/**
	 * Prepositions that make a noun of speech the occasion of something ("during his
	 * speech", "after her remarks").
	 */
	private static final Set<String> OCCASION_WORDS = Set.of("during", "after", "before", "since", "following",
			"throughout", "at", "in");

	/** Words that open an adverbial clause. */
	private static final Set<String> SUBORDINATORS = Set.of("until", "because", "after", "before", "while", "since",
			"unless", "although", "though", "once", "as");

	/**
	 * Cue verbs whose particle makes another verb: "the witness did not show up", "she
	 * called in to a radio show".
	 */
	private static final Set<String> OTHER_SENSES = Set.of("show up", "call in", "tell off", "write off");

	/** Pronouns for whoever or nobody in particular: no source. */
	private static final Set<String> GENERIC_PRONOUNS = Set.of("anyone", "anybody", "everyone", "everybody", "whoever",
			"nobody");

	/**
	 * Bare nouns after "according to" that name a manner, not a source: "went according
	 * to plan", "according to custom".
	 */
	private static final Set<String> MANNER_NOUNS = Set.of("plan", "schedule", "script", "form", "custom", "tradition",
			"protocol", "design", "procedure", "expectation", "expectations");

	/** Surveys that report findings: "in the latest poll, ...". */
	private static final Set<String> SURVEY_NOUNS = Set.of("poll", "survey", "study", "census");

	/** Adjectives of attitude whose subject holds a view: "X is critical of ...". */
	private static final Set<String> STANCE_ADJECTIVES = Set.of("critical", "supportive", "skeptical", "sceptical",
			"wary", "worried", "concerned", "confident", "optimistic", "pessimistic", "hopeful", "sure", "certain",
			"convinced", "adamant", "frustrated", "angry", "upset", "furious", "outraged", "proud", "pleased",
			"disappointed", "eager", "reluctant", "unwilling", "opposed", "determined", "coy", "passionate",
			"dismissive", "scornful", "enthusiastic", "fearful", "anxious", "nervous", "unhappy", "incensed", "alarmed",
			"appalled", "troubled", "dissatisfied", "satisfied", "insistent", "unconvinced", "unsure", "doubtful",
			"aware", "vocal", "outspoken", "bullish", "bearish", "keen", "afraid", "willing", "glad");

	/**
	 * Adjectives of attitude that tell a mood rather than a view before an infinitive
	 * ("glad to be home", "afraid to fly"); with a clause they hold a view ("afraid that
	 * the subsidy will end").
	 */
	private static final Set<String> MOOD_ADJECTIVES = Set.of("glad", "afraid");

	/** Personal pronouns that can hold a view (not "it", which is mostly a thing). */
	private static final Set<String> ANIMATE_PRONOUNS = Set.of("he", "she", "they", "we", "i");

	/** Common nouns for people or bodies of people. */
	private static final Set<String> PEOPLE_NOUNS = Set.of("official", "leader", "lawmaker", "senator", "critic",
			"supporter", "voter", "democrat", "republican", "aide", "adviser", "advisor", "campaign", "group", "expert",
			"analyst", "economist", "activist", "advocate", "opponent", "candidate", "nominee", "president", "governor",
			"mayor", "minister", "spokesman", "spokeswoman", "spokesperson", "administration", "government",
			"committee", "party", "member", "resident", "parent", "protester", "people", "citizen", "politician",
			"legislator", "congressman", "congresswoman", "executive", "director", "chairman", "chairwoman",
			"secretary", "judge", "lawyer", "attorney", "doctor", "scientist", "researcher", "union", "company",
			"agency", "department", "ministry", "court", "police", "prosecutor", "investigator", "conservative",
			"liberal", "progressive", "diplomat", "ambassador", "general", "commander", "staff", "staffer", "surrogate",
			"strategist", "pollster", "team", "family", "woman", "man", "worker", "student", "teacher", "author",
			"writer", "reporter", "journalist", "editor", "host", "board", "council", "trader", "owner", "farmer",
			"neighbour", "neighbor", "tenant", "landlord", "investor", "employer", "employee", "chancellor", "premier",
			"treasurer", "king", "queen", "prince", "pope", "coach", "manager", "player", "chief", "envoy",
			"negotiator", "regulator", "mp", "sheriff", "officer", "commissioner", "inspector", "auditor", "witness",
			"defendant", "plaintiff", "professor", "historian", "bishop", "priest", "ceo", "founder", "representative",
			"delegate", "firm", "bank", "insurer", "airline", "carmaker", "automaker", "retailer", "manufacturer",
			"organization", "organisation", "association", "federation", "league", "club", "coalition", "alliance",
			"institute", "foundation", "charity", "watchdog", "regime", "opposition", "rebel", "militant", "lender",
			"physician", "nurse", "scholar", "academic", "commentator", "columnist", "pundit", "lobbyist", "donor",
			"chair", "deputy", "counsel", "ally", "mediator", "captain", "referee", "umpire", "rival", "prosecution",
			"defence", "defense", "colonel", "lieutenant", "sergeant", "admiral", "brigadier", "corporal");

	/** Roles held towards someone else: "an aide to ...", "a spokesman for ...". */
	private static final Set<String> RELATIONAL_NOUNS = Set.of("aide", "adviser", "advisor", "spokesman", "spokeswoman",
			"spokesperson", "official", "source", "member", "ally", "friend", "associate", "lawyer", "attorney",
			"staffer", "assistant", "deputy", "confidant", "colleague", "representative", "person", "someone",
			"strategist", "surrogate", "supporter", "donor", "operative", "insider", "veteran", "counsel");

	private static final Set<String> NAMED_ENTITY_TAGS = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

	/** First and second person possessors belong to a quotation, not to a source. */
	private static final Set<String> SPEAKER_POSSESSIVES = Set.of("our", "my", "your");

	private static final Set<String> SUBJECT_RELATIONS = Set.of("nsubj", "nsubj:xsubj");

	private static final Set<String> CONTENT_RELATIONS = Set.of("ccomp", "parataxis", "xcomp");

	private static final Set<String> NOT_IN_SOURCE = Set.of("acl:relcl", "appos", "punct", "acl", "parataxis", "dep");

	private static final Set<String> REST_SKIPPED = Set.of("nsubj", "conj", "cc", "punct", "aux", "neg", "advmod",
			"mark", "parataxis", "discourse", "advcl");

	private static final String NAME = "(?<name>[A-Z][\\w.'’-]*(?:[ \\t\\u00A0]+[A-Z][\\w.'’-]*){0,3})";

	private static final Pattern LABEL = Pattern.compile("(?m)^[ \\t\"“]*" + NAME + "(?<cue>:)[ \\t]+\\S");

	/**
	 * A headline (the first line) quoting someone after a colon: "Senator Grills Bank
	 * Chief: ‘You Should Resign’", "A Lesson From Maya Lin: ‘Build Slowly’".
	 */
	private static final Pattern HEADLINE_QUOTE = Pattern
		.compile("(?m)^(?<head>[^\\n.!?:“”\"‘’]{3,100})(?<cue>:)[ \\t]+[‘“'\"]");

	/**
	 * Prepositions before a name in a headline that tell of the person, not what they
	 * say.
	 */
	private static final Set<String> TOLD_OF = Set.of("of", "for", "to", "about", "on", "against", "over", "at", "in",
			"into");

	/**
	 * "Said Ellis: “...”": a speech verb put before its speaker at the start of a
	 * sentence.
	 */
	private static final Pattern INVERTED = Pattern.compile("(?m)(?:^|(?<=[.!?][”\"’]?[ \\t\\u00A0]{1,3}))"
			+ "[ \\t]*(?<cue>Said|Says|Added|Adds|Asked|Asks|Wrote|Writes|Explained|Explains|Continued|Noted|Notes"
			+ "|Recalled|Warned|Replied|Answered)[ \\t\\u00A0]+" + NAME + "[ \\t\\u00A0]*[:,][ \\t\\u00A0]*[“\"]");

	private static final Pattern SIGNATURE = Pattern.compile("[”\"][ \\t\\u00A0]*(?<cue>[―—])[ \\t\\u00A0]*" + NAME);

	private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that");

	/**
	 * Verbs of speech whose ", who said ..." clause reports words ("who asked not to be
	 * named" does not).
	 */
	private static final Set<String> RELATIVE_SPEECH_VERBS = Set.of("say", "tell", "add", "claim", "warn", "insist",
			"argue", "note", "explain", "complain", "recall", "write", "tweet", "predict", "allege", "testify");

	/** Named-entity tags of places. */
	private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");

	/**
	 * A dateline at the start of a line: a place in capitals, perhaps a state or country
	 * after a comma and an agency in brackets, then a colon or a dash ("WASHINGTON:",
	 * "GREAT FALLS, Mont. —", "ROME (Reuters) -").
	 */
	private static final Pattern DATELINE = Pattern.compile("[A-Z][A-Z.'’-]{2,}(?:[ \\t]+[A-Z][A-Z.'’-]+)*"
			+ "(?:,[ \\t]+[A-Z][A-Za-z.]*(?:[ \\t]+[A-Z][A-Za-z.]*)?)?[ \\t]*(?:\\([^()\\n]{1,40}\\)[ \\t]*)?"
			+ "(?::|—|–|--?)[ \\t]+");

	private static final Set<String> NOUN_TAGS = Set.of("NN", "NNS", "NNP", "NNPS", "PRP", "DT", "JJ", "POS", "CD",
			"HYPH", "CC");

	private final SourceCanonicalizer canonicalizer;

	AttributionExtractor() {
		this(new SourceCanonicalizer());
	}

	AttributionExtractor(SourceCanonicalizer canonicalizer) {
		this.canonicalizer = canonicalizer;
	}

	/**
	 * True for a lemma that can cue an attribution (a verb of speech, thought or stance,
	 * a noun of speech, an adjective of attitude, or the "about" or "against" of a
	 * stance's topic): the pipeline parses the sentences holding one.
	 */
	static boolean isCueLemma(String lemma) {
		return isCueWord(lemma) || TOPIC_VERBS.contains(lemma) || ARTEFACT_NOUNS.contains(lemma)
				|| ADVOCATE_NOUNS.contains(lemma) || ISSUED_NOUNS.contains(lemma) || EXPERIENCER_VERBS.contains(lemma);
	}

	/** True for the lemma of a verb of speech ("say", "forecast", "ask" ...). */
	static boolean isSpeechVerb(String lemma) {
		return SPEECH_VERBS.contains(lemma);
	}

	/**
	 * A verb of speech, thought or stance, a noun of speech, an adjective of attitude, or
	 * the "about" or "against" of a stance's topic.
	 */
	private static boolean isCueWord(String lemma) {
		return SPEECH_VERBS.contains(lemma) || CLAUSE_VERBS.contains(lemma) || AGENT_VERBS.contains(lemma)
				|| INTENT_VERBS.contains(lemma) || CUE_NOUNS.contains(lemma) || STANCE_ADJECTIVES.contains(lemma)
				|| SURVEY_NOUNS.contains(lemma) || lemma.equals("about") || lemma.equals("against");
	}

	List<ExtractedAttribution> extract(CoreDocument document) {
		String text = document.text();
		Quotes quotes = Quotes.find(text);
		List<Found> found = new ArrayList<>();
		List<CoreSentence> sentences = document.sentences();
		for (int s = 0; s < sentences.size(); s++) {
			CoreSentence sentence = sentences.get(s);
			SemanticGraph graph = basicDependencies(sentence);
			List<Found> inSentence = (graph != null) ? fromParse(sentence, graph, s, quotes)
					: fromTokens(sentence, s, quotes);
			if (graph != null) {
				closingReport(sentence, s, inSentence, text);
			}
			throughCasualtyConjunct(sentence, inSentence);
			if (graph != null) {
				reportedBy(sentence, s, quotes, inSentence);
			}
			if (inSentence.isEmpty()) {
				inSentence = continuedQuote(sentence, s, quotes, found);
			}
			found.addAll(inSentence);
		}
		found.addAll(speakerLabels(document, quotes, found));
		found.addAll(headlineVerb(document, quotes, found));
		// "... quoted the minister as saying Moscow would respond", misparsed with the
		// participle on the noun after it: a source that opens with "saying" is none
		// nor is a bare figure ("recorded 412 events and 1,106 reported fatalities")
		found.removeIf((f) -> asksForAnonymity(f, text) || headlinePassive(f, text)
				|| f.source != null && !f.source.isEmpty() && f.source.get(0).word().equalsIgnoreCase("saying")
				|| f.source != null && f.source.size() == 1 && f.source.get(0).word().matches("[\\d.,]*\\d[\\d.,]*"));
		found.sort(Comparator.comparingInt((Found f) -> f.cueStart));
		withoutReportedReports(found, text);
		endingBeforeTheirReporter(found, text);
		for (Found f : found) {
			if (f.sentence >= 0) {
				quoteBeforeSpeaker(f, found, text, sentences.get(f.sentence));
			}
			withoutChargeBefore(f);
			contentWithoutCue(f, text);
			contentWithoutDescriptor(f, text);
			contentWithoutOutletsAside(f, text);
			if (f.sentence >= 0) {
				contentBeforeOutletsAside(f, sentences.get(f.sentence), text);
				contentBeforeTag(f, sentences.get(f.sentence), text);
				contentOverLeadingCount(f, sentences.get(f.sentence));
				relativeClauseOnly(f, sentences.get(f.sentence));
				personBeforeApposition(f, sentences.get(f.sentence), text);
				contentPastSemicolon(f, found, sentences.get(f.sentence));
			}
		}
		SourceResolver resolver = new SourceResolver(this.canonicalizer, document);
		List<SourceResolver.Resolved> resolved = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			Found f = found.get(i);
			Integer producer = (f.continues != null) ? null : producer(found, i, text);
			resolved.add((f.continues != null) ? null : (producer != null) ? resolved.get(producer)
					: resolver.resolve(f.source, f.referent, f.apposition));
		}
		List<ExtractedAttribution> attributions = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			Found f = found.get(i);
			SourceResolver.Resolved source = resolved.get((f.continues != null) ? found.indexOf(f.continues) : i);
			Found speaker = (f.continues != null) ? f.continues : f;
			attributions.add(new ExtractedAttribution(span(text, speaker.source), source.entity().name(),
					source.entity().kind(), source.entity().aliases(),
					new TextSpan(text.substring(speaker.cueStart, speaker.cueEnd), speaker.cueStart, speaker.cueEnd),
					new TextSpan(text.substring(f.contentStart, f.contentEnd), f.contentStart, f.contentEnd),
					f.direct));
		}
		return attributions;
	}

	private static final Pattern HEADLINE_PASSIVE = Pattern.compile("(?i)(accused|charged)\\s+of\\b"
			// "Dozens reported killed near aid site": the reported are the dead
			+ "|reported\\s+(killed|dead|injured|wounded|missing|hurt|kidnapped|captured|detained|shot|slain)\\b");

	/**
	 * "Sudan's RSF accused of killing hundreds", "Dozens reported killed" (a headline's
	 * passive): the one named is the accused or the dead, not who speaks; "X accused Y of
	 * ..." has Y between.
	 */
	private static boolean headlinePassive(Found f, String text) {
		return f.cueEnd + 4 <= text.length() && HEADLINE_PASSIVE.matcher(text)
			.region(f.cueStart, Math.min(text.length(), f.cueEnd + 12))
			.lookingAt();
	}

	/**
	 * "..., who asked not to be named, said ...", "requested anonymity", "insisted on
	 * anonymity": a source's wish to stay unnamed is no report of anything.
	 */
	private static boolean asksForAnonymity(Found f, String text) {
		String cue = text.substring(f.cueStart, f.cueEnd).toLowerCase(Locale.ROOT);
		// from the cue on: the content may start past "on anonymity" ("to discuss ...")
		String content = text.substring(f.cueEnd, Math.max(f.cueEnd, f.contentEnd)).strip().toLowerCase(Locale.ROOT);
		return cue.matches("(?s).*\\b(ask|request|insist|demand)\\w*") && content
			.matches("(?s)(not to be (named|identified|quoted)"
					+ "|(for |on )?(the )?(condition of )?anonymity|(that )?(his|her|their|its) (names?|identity|identities) (not )?be (withheld|used"
					+ "|published|disclosed|named)|that (he|she|they) not be (named|identified|quoted))\\b.*");
	}

	/**
	 * "Lynch said she recalled ...", "the mayor says the council agreed to ...": a report
	 * inside what another source says, right after that source's cue, is part of that
	 * report (PolNeAR gives a stretch of text one attribution), not one of its own. One
	 * set off by a comma, a quote mark or a dash ("..., adding that ...") stays, and so
	 * does one in a phrase that is no reported clause ("repeated the joke X told"). So is
	 * a report inside what a closing clause reports ("X had told police ..., the source
	 * added", "X told donors ..., according to a person who ..."): PolNeAR gives the
	 * outer one only, and the inner one on its own would state as fact that X said it.
	 * What respondents say stays beside the survey that found it ("most voters say ...,
	 * the poll found").
	 */
	private static void withoutReportedReports(List<Found> found, String text) {
		Set<Found> inside = new HashSet<>();
		for (Found f : found) {
			if (f.continues != null || f.credited) {
				continue;
			}
			for (Found other : found) {
				if (other != f && other.continues == null && other.clause && other.cueEnd <= f.cueStart
						&& other.contentStart <= f.cueStart && f.cueEnd <= other.contentEnd
						&& closeAfter(text, other.cueEnd, f.cueStart)
						|| reportsBefore(other, f, text) && isPersonSpeaking(other.source)) {
					inside.add(f);
					break;
				}
			}
		}
		found.removeIf((f) -> inside.contains(f) || f.continues != null && inside.contains(f.continues));
	}

	/**
	 * A person, people or a pronoun for them ("the source", "three people who ...", "an
	 * aide", "Mr. Cole", "she"), not a survey, a document or footage.
	 */
	private static boolean isPersonSpeaking(List<CoreLabel> source) {
		CoreLabel head = head(source);
		return "PERSON".equals(head.ner()) || ANIMATE_PRONOUNS.contains(Lexicon.lower(head))
				|| RELATIONAL_NOUNS.contains(Lexicon.lemma(head))
				|| isPeopleNoun(head) && !NAMED_ENTITY_TAGS.contains(head.ner());
	}

	/**
	 * "The senator told donors that he would run, an aide said": the content of a report
	 * inside another's ends where the other's content ends, before its reporting clause.
	 */
	private static final Pattern OPENING_QUOTE = Pattern.compile("\\s*[“\"][^“”\"]+[”\"]\\s*,?\\s*");

	/**
	 * "\"We are operating on the floor,\" one surgeon told the FT by phone, asking not to
	 * be named": a sentence that opens with a whole quotation and goes on with its
	 * speaker and cue reports that quotation, not the clause hung after the cue.
	 */
	private static void quoteBeforeSpeaker(Found f, List<Found> found, String text, CoreSentence sentence) {
		if (f.direct || f.continues != null || f.source == null || f.source.isEmpty() || f.contentStart < f.cueEnd) {
			return;
		}
		int sentenceStart = sentence.charOffsets().first();
		int sourceStart = Math.min(f.source.get(0).beginPosition(), f.cueStart);
		if (sourceStart <= sentenceStart
				|| !OPENING_QUOTE.matcher(text.substring(sentenceStart, sourceStart)).matches()) {
			return;
		}
		int open = sentenceStart;
		while (Character.isWhitespace(text.charAt(open))) {
			open++;
		}
		int close = text.substring(0, sourceStart).stripTrailing().length();
		if (text.charAt(close - 1) == ',') {
			close--;
		}
		for (Found other : found) {
			if (other != f && other.contentStart < close && other.contentEnd > open) {
				return;
			}
		}
		f.contentStart = open;
		f.contentEnd = close;
		f.direct = true;
	}

	/**
	 * "A panel said between 10,000 and 15,000 people were killed", parsed with the count
	 * as a phrase of "said": what was said starts right after the cue, count included.
	 */
	private static void contentOverLeadingCount(Found f, CoreSentence sentence) {
		if (f.direct || f.contentStart <= f.cueEnd) {
			return;
		}
		List<CoreLabel> between = sentence.tokens()
			.stream()
			.filter((t) -> t.beginPosition() >= f.cueEnd && t.endPosition() <= f.contentStart)
			.toList();
		CoreLabel first = sentence.tokens()
			.stream()
			.filter((t) -> t.beginPosition() >= f.contentStart)
			.findFirst()
			.orElse(null);
		if (between.isEmpty() || first == null || !first.tag().matches("VBD|VBZ|VBP|MD")
				|| between.stream().noneMatch((t) -> t.tag().equals("CD"))
				|| !between.stream().allMatch((t) -> t.tag().matches("CD|CC|IN|NNS|JJ|JJR|RB|RBR|DT|NNPS?|NN|HYPH"))
				// (the count's own names after it, not "said Tuesday": "between 30
				// and 40 Rapid Support Forces fighters")
				|| between.get(0).tag().startsWith("NN")) {
			return;
		}
		f.contentStart = between.get(0).beginPosition();
	}

	/**
	 * "called the House to order", "called the meeting to order" (1-based verb index):
	 * the phrase ends at "order" (not "called on the president to order an inquiry").
	 */
	private static boolean calledToOrder(List<CoreLabel> tokens, int verb) {
		if (verb < tokens.size() && Set.of("on", "upon", "for").contains(Lexicon.lower(tokens.get(verb)))) {
			return false;
		}
		for (int k = verb; k + 1 < tokens.size() && k <= verb + 3; k++) {
			if ("to".equalsIgnoreCase(tokens.get(k).word()) && "order".equalsIgnoreCase(tokens.get(k + 1).word())) {
				return k + 2 >= tokens.size() || tokens.get(k + 2).tag().matches("IN|CC|RB|\\.|,|:");
			}
		}
		return false;
	}

	/**
	 * A finite verb from {@code from} to the content's end: "admitting 3 soldiers had
	 * died".
	 */
	private static boolean finiteAfter(List<CoreLabel> tokens, int from, int end) {
		for (int k = from; k < tokens.size() && tokens.get(k).endPosition() <= end; k++) {
			if (tokens.get(k).tag().matches("VBD|VBZ|VBP|MD")) {
				return true;
			}
			if (",".equals(tokens.get(k).word())) {
				return false;
			}
		}
		return false;
	}

	/**
	 * "..., a charge Kabul denies": the parse may run the charge into the name of whoever
	 * denies it; the source is the name.
	 */
	private static void withoutChargeBefore(Found f) {
		if (f.source != null && f.source.size() >= 3 && f.source.get(0).word().matches("(?i)a|an|the")
				&& CHARGE_NOUNS.contains(f.source.get(1).word().toLowerCase(Locale.ROOT))
				&& f.source.subList(2, f.source.size()).stream().allMatch((t) -> t.tag().startsWith("NNP"))) {
			f.source = new ArrayList<>(f.source.subList(2, f.source.size()));
		}
	}

	private static final Set<String> CHARGE_NOUNS = Set.of("charge", "claim", "accusation", "allegation", "figure",
			"assertion", "report", "version", "account");

	/** A subordinate clause opening right after a reporting tag: ", while ...". */
	private static final Pattern CLAUSE_AFTER_TAG = Pattern
		.compile("(?i)[^,;.\"]{0,40}?,\\s+(?:while|whereas|although|though|as|after|before|when|but)\\s");

	/**
	 * "Two people were killed, police said, while a third was wounded", with only the
	 * subordinate clause after the tag taken for what was said: the clause before the tag
	 * is (the two cannot share one span), from the sentence's start to the comma before
	 * the source.
	 */
	private static void contentBeforeTag(Found f, CoreSentence sentence, String text) {
		int[] clause = clauseBeforeTag(f, sentence, text);
		if (clause == null) {
			return;
		}
		Matcher subordinate = CLAUSE_AFTER_TAG
			.matcher(text.substring(f.cueEnd, Math.min(text.length(), f.contentStart + 12)));
		String before = text.substring(clause[0], clause[1]);
		if (!subordinate.lookingAt() || before.contains("\"") || before.contains(";")) {
			return;
		}
		f.contentStart = clause[0];
		f.contentEnd = clause[1];
	}

	/**
	 * The clause a tag closes when the parse gave the tag what follows it as content ("X,
	 * the ministry said, ..."): from the sentence's start to the comma before the source,
	 * as character offsets; null when the source does not come before the cue after such
	 * a clause, or the content does not follow the cue.
	 */
	private static int[] clauseBeforeTag(Found f, CoreSentence sentence, String text) {
		if (f.direct || f.source == null || f.source.isEmpty() || f.contentStart < f.cueEnd) {
			return null;
		}
		int begin = sentence.charOffsets().first();
		int sourceStart = f.source.get(0).beginPosition();
		if (sourceStart <= begin || sourceStart > f.cueStart) {
			return null;
		}
		String before = text.substring(begin, sourceStart).stripTrailing();
		// not an opening adverbial ("In a statement, the ministry said, as fighting
		// continued, that ...", "On Tuesday,", "Speaking to reporters,"): a clause
		// with a verb, or a count of its own ("At least 14 dead, the army said")
		List<CoreLabel> opening = sentence.tokens().stream().filter((t) -> t.beginPosition() < sourceStart).toList();
		boolean verb = opening.stream().anyMatch((t) -> t.tag().matches("VBD|VBZ|VBP|MD"));
		boolean count = opening.stream()
			.anyMatch((t) -> t.tag().equals("CD") && !Set.of("DATE", "TIME").contains(t.ner()));
		boolean adverbial = !opening.isEmpty() && opening.get(0).tag().matches("IN|RB|VBG|TO");
		return ((verb || count || !adverbial) && before.length() >= 2 && before.endsWith(","))
				? new int[] { begin, begin + before.length() - 1 } : null;
	}

	/**
	 * A content span that holds its own cue ("Basal, a civil defence spokesman, said
	 * rescuers were ..." when the parse takes the name for what was said) keeps only what
	 * follows the cue.
	 */
	private static void contentWithoutCue(Found f, String text) {
		if (f.contentStart > f.cueStart || f.contentEnd < f.cueEnd) {
			return;
		}
		int start = f.cueEnd;
		while (start < f.contentEnd && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == ',')) {
			start++;
		}
		if (start < f.contentEnd) {
			f.contentStart = start;
		}
	}

	/**
	 * "..., their employer, Reuters, said": the descriptor before the speaker's name is
	 * not part of what was said.
	 */
	private static void contentWithoutDescriptor(Found f, String text) {
		if (f.source == null || f.source.isEmpty()) {
			return;
		}
		int sourceStart = f.source.get(0).beginPosition();
		int sourceEnd = f.source.get(f.source.size() - 1).endPosition();
		if (f.contentEnd > sourceStart || sourceEnd > f.cueStart
				|| !text.substring(f.contentEnd, sourceStart).matches("\\s*,\\s*")
				|| !text.substring(sourceEnd, f.cueStart).matches("\\s*,\\s*")) {
			return;
		}
		int comma = text.lastIndexOf(',', f.contentEnd - 1);
		if (comma > f.contentStart && DESCRIPTOR.matcher(text.substring(comma + 1, f.contentEnd)).matches()) {
			f.contentEnd = comma;
		}
	}

	/**
	 * "The mayor, Ivan Fedorov, who said 12 people were wounded, called for ...": what a
	 * relative speaker says ends where the main clause's verb comes back after a comma.
	 */
	private static void relativeClauseOnly(Found f, CoreSentence sentence) {
		if (f.source == null || f.source.size() != 1 || !"who".equalsIgnoreCase(f.source.get(0).word())) {
			return;
		}
		List<CoreLabel> tokens = sentence.tokens();
		boolean finite = false;
		for (int k = 0; k + 1 < tokens.size(); k++) {
			CoreLabel comma = tokens.get(k);
			// not before the content has a verb of its own: "who said three patients, all
			// children, were in critical condition"
			finite |= comma.beginPosition() >= f.contentStart && comma.tag().matches("VBD|VBZ|VBP|MD");
			if (finite && ",".equals(comma.word()) && comma.beginPosition() > f.contentStart
					&& comma.beginPosition() < f.contentEnd && tokens.get(k + 1).tag().matches("VBD|VBZ|VBP|VBN")) {
				// (a finite verb the tagger may take for a participle: "..., called for")
				f.contentEnd = comma.beginPosition();
				return;
			}
		}
	}

	/**
	 * "Oleksandr Syrskyi, Ukraine's commander-in-chief, said ...", parsed with a word of
	 * the apposition as the subject: the speaker is the person the apposition describes,
	 * and the apposition stays as what it says of him.
	 */
	private static void personBeforeApposition(Found f, CoreSentence sentence, String text) {
		if (f.source == null || f.source.isEmpty() || f.referent != null
				|| f.source.stream().anyMatch((token) -> "PERSON".equals(token.ner()))) {
			return;
		}
		List<CoreLabel> tokens = sentence.tokens();
		int first = f.source.get(0).index() - 1;
		int last = f.source.get(f.source.size() - 1).index() - 1;
		int close = last + 1;
		while (close < tokens.size() && close - last < 6 && !",".equals(tokens.get(close).word())
				&& tokens.get(close).tag().matches("HYPH|IN|NN.*|JJ")) {
			// "commander-in-chief"
			close++;
		}
		if (close >= tokens.size() || !",".equals(tokens.get(close).word())
				|| tokens.get(close).endPosition() > f.cueStart
				|| !text.substring(tokens.get(close).endPosition(), f.cueStart).isBlank()) {
			return;
		}
		int open = first - 1;
		while (open >= 0 && first - open < 6 && !",".equals(tokens.get(open).word())
				&& tokens.get(open).tag().matches("NNP?S?|POS|JJ|DT|PRP\\$")) {
			open--;
		}
		List<CoreLabel> name = nameBeforeComma(tokens, open);
		if (name == null) {
			return;
		}
		f.apposition = text.substring(tokens.get(open + 1).beginPosition(), tokens.get(close - 1).endPosition());
		f.source = new ArrayList<>(name);
	}

	/**
	 * The person's name that ends right before the comma at {@code comma} ("Marie Dubois"
	 * in "Marie Dubois, a nurse"), or null.
	 */
	private static List<CoreLabel> nameBeforeComma(List<CoreLabel> tokens, int comma) {
		if (comma < 1 || !",".equals(tokens.get(comma).word()) || !"PERSON".equals(tokens.get(comma - 1).ner())) {
			return null;
		}
		int start = comma - 1;
		while (start > 0 && "PERSON".equals(tokens.get(start - 1).ner())) {
			start--;
		}
		return tokens.subList(start, comma);
	}

	/** "their employer", "the agency": a short noun phrase describing the speaker. */
	private static final Pattern DESCRIPTOR = Pattern
		.compile("\\s*(?i:his|her|their|its|the)(?:\\s+[\\p{L}'’-]+){1,3}\\s*");

	private static void endingBeforeTheirReporter(List<Found> found, String text) {
		for (Found outer : found) {
			for (Found inner : found) {
				if (reportsBefore(outer, inner, text) && inner.contentEnd > outer.contentEnd
						&& inner.contentStart < outer.contentEnd) {
					inner.contentEnd = outer.contentEnd;
				}
			}
		}
	}

	/**
	 * True when {@code outer} is a reporting clause set off by a comma after its content
	 * ("..., the survey found") and that content holds the whole of {@code inner}, its
	 * source and its cue ("most voters say ..."): the closing clause is no part of what
	 * the inner source says, though the parse may hang it there.
	 */
	private static boolean reportsBefore(Found outer, Found inner, String text) {
		if (outer == inner || outer.continues != null || inner.continues != null || outer.direct || outer.source == null
				|| outer.source.isEmpty() || inner.source == null || inner.source.isEmpty()) {
			return false;
		}
		int outerStart = Math.min(outer.source.get(0).beginPosition(), outer.cueStart);
		if (outer.contentEnd > outerStart
				|| !text.substring(outer.contentEnd, outerStart).matches("[”\"’]?,[ \\t\\u00A0]*")) {
			return false;
		}
		int innerStart = Math.min(inner.source.get(0).beginPosition(), inner.cueStart);
		int innerEnd = Math.max(inner.source.get(inner.source.size() - 1).endPosition(), inner.cueEnd);
		return outer.sentence == inner.sentence && outer.contentStart <= innerStart && innerEnd <= outer.contentEnd;
	}

	/**
	 * True when at most seven words and no punctuation that sets off a clause lie between
	 * two offsets.
	 */
	private static boolean closeAfter(String text, int from, int to) {
		String between = text.substring(from, to);
		return between.chars().noneMatch((c) -> ",;:\"“”()—–-".indexOf(c) >= 0)
				&& between.trim().split("\\s+").length <= 7;
	}

	/**
	 * "Videos ... were circulated by the army. One video showed ...": an artefact that
	 * speaks (a video, a report, a letter) speaks for whoever the text just said released
	 * it. The index of that earlier attribution, or null.
	 */
	private static Integer producer(List<Found> found, int at, String text) {
		Found f = found.get(at);
		CoreLabel head = f.source.get(f.source.size() - 1);
		String lemma = (head.lemma() != null) ? head.lemma().toLowerCase(Locale.ROOT) : "";
		if (!ARTEFACT_NOUNS.contains(lemma)
				|| f.source.stream().anyMatch((token) -> NAMED_ENTITY_TAGS.contains(token.ner()))) {
			return null;
		}
		for (int j = at - 1; j >= 0; j--) {
			Found earlier = found.get(j);
			if (earlier.sentence < f.sentence - 2 || earlier.sentence > f.sentence) {
				break;
			}
			String content = text.substring(earlier.contentStart, earlier.contentEnd).toLowerCase(Locale.ROOT);
			if (earlier.continues == null && earlier.cueEnd <= f.cueStart
					&& content.matches("(?s).*\\b" + Pattern.quote(lemma) + "(s|es)?\\b.*")) {
				return j;
			}
		}
		return null;
	}

	/**
	 * The basic (tree) dependencies: the enhanced graph has extra edges that would leak
	 * into subtrees.
	 */
	private static SemanticGraph basicDependencies(CoreSentence sentence) {
		SemanticGraph basic = sentence.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
		return (basic != null) ? basic : sentence.dependencyParse();
	}

	private List<Found> fromParse(CoreSentence sentence, SemanticGraph graph, int index, Quotes quotes) {
		List<Found> found = new ArrayList<>();
		List<int[]> asPhrases = new ArrayList<>();
		// the speaker each reporting verb was given, by the verb's index
		Map<Integer, IndexedWord> speakers = new HashMap<>();
		for (IndexedWord word : graph.vertexListSorted()) {
			String lemma = word.lemma().toLowerCase(Locale.ROOT);
			if (word.tag().startsWith("VB") && (isInName(sentence, word) || isNounsInfinitive(graph, word))) {
				// "on Bayside Says Avenue": part of a name; "the governor's
				// pledge to veto ...", misparsed with the pledge as the subject
				// of "veto": the noun's clause (see possessive)
				continue;
			}
			Found quotedAs = quotedAsSaying(sentence, word, index, quotes);
			if (quotedAs != null) {
				found.add(quotedAs);
				continue;
			}
			Found asReported = asReportedBy(sentence, word, index, quotes);
			if (asReported != null) {
				// "As first reported by Politico, ...", whatever the parse made of it
				found.add(asReported);
				CoreLabel as = sentence.tokens().get(word.index() - 2);
				if (!as.word().equalsIgnoreCase("as")) {
					as = sentence.tokens().get(word.index() - 3);
				}
				asPhrases
					.add(new int[] { as.beginPosition(), asReported.cueStart, head(asReported.source).endPosition() });
				continue;
			}
			if (isReducedRelative(graph, word) || word.tag().startsWith("VB") && hasMark(graph, word, "whether")) {
				// "asked whether he would support the nominee": what is asked about is no
				// report
				continue;
			}
			if (lemma.equals("accord") && word.word().equalsIgnoreCase("according")) {
				Found according = according(sentence, graph, word, index, quotes);
				if (according != null) {
					found.add(according);
				}
				continue;
			}
			if (word.tag().startsWith("NN") && word.word().equalsIgnoreCase("words")) {
				Found inWords = inWords(sentence, graph, word, index, quotes);
				if (inWords != null) {
					found.add(inWords);
					continue;
				}
			}
			if (word.tag().startsWith("NN") && SURVEY_NOUNS.contains(lemma)) {
				Found in = inSurvey(sentence, graph, word, index, quotes);
				if (in != null) {
					found.add(in);
					continue;
				}
			}
			if (word.tag().startsWith("NN") && ADVOCATE_NOUNS.contains(lemma)) {
				Found advocate = advocate(sentence, graph, word, index, quotes);
				if (advocate != null) {
					found.add(advocate);
				}
				continue;
			}
			if (word.tag().startsWith("NN") && REACTION_NOUNS.contains(lemma)) {
				Found from = reactionFrom(sentence, graph, word, index, quotes);
				if (from != null) {
					found.add(from);
					continue;
				}
			}
			if (word.tag().startsWith("NN") && CUE_NOUNS.contains(lemma) && !isAccountsStatement(graph, word)) {
				Found possessive = possessive(sentence, graph, word, index, quotes);
				if (possessive == null) {
					possessive = madeBy(sentence, graph, word, index, quotes);
				}
				if (possessive != null) {
					found.add(possessive);
				}
				continue;
			}
			if (word.tag().startsWith("VB") && EXPERIENCER_VERBS.contains(lemma) && !isPassive(graph, word)) {
				Found felt = experiencer(sentence, graph, word, index, quotes);
				if (felt != null) {
					found.add(felt);
					continue;
				}
			}
			if (word.tag().startsWith("VB") && ISSUING_VERBS.contains(lemma) && !isPassive(graph, word)) {
				Found issued = issued(sentence, graph, word, index, quotes);
				if (issued != null) {
					found.add(issued);
					continue;
				}
			}
			if (word.tag().startsWith("VB") && (SPEECH_VERBS.contains(lemma) || CLAUSE_VERBS.contains(lemma))) {
				Found inStatement = inStatement(sentence, graph, word, index, quotes);
				if (inStatement != null) {
					found.add(inStatement);
					continue;
				}
			}
			Found placed = pollPlaces(sentence, graph, word, index, quotes);
			if (placed != null) {
				found.add(placed);
				continue;
			}
			if (word.tag().startsWith("JJ")
					|| word.tag().startsWith("VB") && (!isCueWord(lemma) || TOPIC_VERBS.contains(lemma))
							&& !continuesSpeech(sentence, graph, word, quotes) && !isPutIt(graph, word)
							&& !makesTheCase(sentence, graph, word) && !holdsThat(sentence, graph, word)
							&& !callsFor(sentence, word) && !firesBack(graph, word) && !leavesUnreturned(graph, word)
							&& !pressesOn(sentence, graph, word)) {
				Found stance = stance(sentence, graph, word, index, quotes);
				if (stance != null) {
					found.add(stance);
				}
				continue;
			}
			if (!word.tag().startsWith("VB") || found.stream().anyMatch((f) -> f.cueStart == word.beginPosition())) {
				continue;
			}
			boolean speech = SPEECH_VERBS.contains(lemma) || continuesSpeech(sentence, graph, word, quotes)
					|| isPutIt(graph, word) || callsFor(sentence, word) || makesTheCase(sentence, graph, word)
					|| holdsThat(sentence, graph, word) || firesBack(graph, word) || leavesUnreturned(graph, word)
					|| pressesOn(sentence, graph, word);
			boolean agentVerb = AGENT_VERBS.contains(lemma);
			boolean intent = INTENT_VERBS.contains(lemma);
			if (!speech && !CLAUSE_VERBS.contains(lemma) && !agentVerb && !intent
					|| quotes.covers(word.beginPosition(), word.endPosition())) {
				continue;
			}
			if (lemma.equals("brief") && !word.tag().equals("VBG")) {
				Found briefed = briefedSpeaker(sentence, index, quotes);
				if (briefed != null) {
					// "A diplomat briefed on the talks said ...", misparsed with
					// "briefed" as
					// the main verb: the one briefed speaks
					found.add(briefed);
					continue;
				}
			}
			if (isInWriting(graph, word)) {
				// "confirmed in writing that ...": how the report was made, no report of
				// its
				// own
				continue;
			}
			if (isUndone(graph, word) || isOtherSense(graph, word) || claimsAPrize(graph, word) || isByline(graph, word)
					|| describesTheNounBefore(graph, word) || addsAThing(graph, word, quotes)
					|| saysNothing(sentence, graph, word)) {
				continue;
			}
			if (isPassive(graph, word)) {
				Found byAgent = byAgent(sentence, graph, word, index, quotes);
				if (byAgent == null) {
					byAgent = stance(sentence, graph, word, index, quotes);
				}
				if (byAgent != null) {
					found.add(byAgent);
				}
				continue;
			}
			if (!speech && !CLAUSE_VERBS.contains(lemma) && !intent) {
				continue;
			}
			if (lemma.equals("call") && calledToOrder(sentence.tokens(), word.index())) {
				// "the Deputy Speaker called the House to order": a chair's duty
				// (no report)
				continue;
			}
			if (lemma.equals("prove")
					&& graph.outgoingEdgeList(word).stream().noneMatch((edge) -> relation(edge).equals("ccomp"))) {
				// "the gains may prove (to be) short-lived": "prove" as a copula proves
				// nothing
				continue;
			}
			if (isOpeningPassiveParticiple(sentence, graph, word)) {
				// "Asked whether she would run, Ms. Lowry said ...": she was asked, by
				// someone the sentence does not name
				continue;
			}
			IndexedWord subject = subject(graph, word);
			List<CoreLabel> surface = surfaceSource(sentence, word);
			IndexedWord mainSubject = participleSubject(sentence, graph, word, quotes);
			IndexedWord carrier = graph.getParent(word);
			boolean goesOn = carrier != null && carrier.lemma().equalsIgnoreCase("go") && hasMark(graph, word, "to")
					&& word.index() >= 3 && sentence.tokens().get(word.index() - 3).word().equalsIgnoreCase("on");
			if (mainSubject == null && carrier != null && carrier.tag().equals("VBG") && carrier.index() < word.index()
					&& (goesOn || graph.incomingEdgeList(word)
						.stream()
						.anyMatch((edge) -> relation(edge).equals("xcomp")))) {
				// "..., the senator said, going on to say that ...": the speaker of the
				// sentence through the participle that carries the verb (also when the
				// parse hangs "on to say" from it as a phrase)
				mainSubject = participleSubject(sentence, graph, carrier, quotes);
			}
			if (subject == null && mainSubject == null && goesOn && carrier.tag().matches("VBD|VBZ|VBP")
					&& carrier.index() < word.index()) {
				// "the mayor went on to say ...": the subject of "went"
				subject = clauseSubject(graph, carrier);
			}
			if (subject == null && surface == null && mainSubject == null && word.index() == 1) {
				subject = speakerAfterSplitQuote(sentence, graph, word, quotes);
			}
			if (subject == null && surface == null && mainSubject == null && speech && word.index() == 1) {
				Found split = afterSplitName(sentence, graph, word, index, quotes);
				if (split != null) {
					found.add(split);
				}
				continue;
			}
			if (subject == null && surface == null && mainSubject == null && word.tag().equals("VBN")
					&& hasObject(graph, word) && word.index() < sentence.tokens().size()
					&& sentence.tokens().get(word.index()).tag().matches("DT|PRP\\$?|NNP?S?|CD|JJ")) {
				// "A senior aide, who asked not to be named, described the mood as ...",
				// misparsed with the verb as a participle hung from the relative clause
				subject = beforeRelativeClause(sentence, graph, null, word);
			}
			if (subject == null && surface == null && mainSubject == null
					|| isIdiom(sentence.tokens(), word.index() - 1)) {
				continue;
			}
			if (surface != null && overrides(sentence.tokens(), surface, subject, word, quotes)) {
				int headIndex = head(surface).index();
				subject = graph.vertexSet().stream().filter((w) -> w.index() == headIndex).findFirst().orElse(subject);
			}
			subject = nameBeforeVerb(sentence, graph, subject, word);
			IndexedWord beforeRelative = beforeRelativeClause(sentence, graph, subject, word);
			// the parse that missed the speaker missed the clause too: all after the verb
			boolean afterRelative = beforeRelative != subject;
			subject = beforeRelative;
			if (mainSubject != null && distributiveSubject(graph, word) == null) {
				// (not "..., each touting ... and saying ...": "each" speaks)
				subject = mainSubject;
			}
			IndexedWord reporter = reportOfItsOwn(graph, word);
			IndexedWord reportersSubject = (reporter != null) ? subject(graph, reporter) : null;
			if (reportersSubject != null) {
				subject = reportersSubject;
			}
			SemanticGraphEdge coordinated = graph.incomingEdgeList(word)
				.stream()
				.filter((edge) -> relation(edge).startsWith("conj"))
				.findFirst()
				.orElse(null);
			if (coordinated != null && coordinated.getGovernor().index() < word.index() && subject != null
					&& subject.equals(ownSubject(graph, coordinated.getGovernor()))
					&& speakers.containsKey(coordinated.getGovernor().index())) {
				// the speaker found for the verb it is coordinated with, past what
				// the parse took for their shared subject ("Closing the debate, the
				// minister, Daniel Okafor, said ... and confirmed ...")
				subject = speakers.get(coordinated.getGovernor().index());
			}
			if (subject != null && !subject.tag().startsWith("NNP") && (isTemporal(List.of(subject.backingLabel()))
					|| TIME_NOUNS.contains(subject.lemma().toLowerCase(Locale.ROOT)))) {
				// "Last weekend in Ohio, Carl Benning, the league's chief, told ...",
				// misparsed with the time as the subject: the name set off beside it
				subject = nameInside(graph, subject);
			}
			if (subject == null || relativeInsideQuote(sentence, subject, word)) {
				continue;
			}
			if ("you".equalsIgnoreCase(subject.word()) && sentence.text().strip().endsWith("?")) {
				// an interviewer's "Can you confirm the ship's flag?": a question
				// (no report)
				continue;
			}
			IndexedWord parsedSubject = subject;
			subject = beforeAgentPhrase(sentence, graph, subject);
			speakers.put(word.index(), subject);
			int firstSourceToken = sourceTokens(sentence, graph, subject).get(0).index();
			int[] content = quoteBefore(sentence, quotes, Math.min(firstSourceToken, word.index()) - 1);
			if (content == null && (subject != parsedSubject || afterRelative)) {
				content = range(sentence.tokens(), word.index(), sentence.tokens().size());
			}
			if (content == null) {
				content = content(sentence, graph, word, subject);
			}
			if (makesTheCase(sentence, graph, word)) {
				String subjectLemma = subject.lemma().toLowerCase(Locale.ROOT);
				if (!isAnimate(graph, subject) && !ARTEFACT_NOUNS.contains(subjectLemma)
						&& !SURVEY_NOUNS.contains(subjectLemma) && !ISSUED_NOUNS.contains(subjectLemma)
						&& !CUE_NOUNS.contains(subjectLemma)
						&& !subjectLemma.matches("audit|review|investigation|inquiry|research|paper")) {
					// "the rain made it clear that ...": things show, they do not argue;
					// people and what they write do ("the report made clear that ...")
					continue;
				}
				// what follows "the case" or "clear"
				int from = word.index() + 1;
				while (from < sentence.tokens().size()
						&& !Lexicon.lower(sentence.tokens().get(from - 1)).matches("case|clear")) {
					from++;
				}
				content = range(sentence.tokens(), from, sentence.tokens().size());
			}
			int warned = droppedThatWarning(sentence, graph, word);
			if (warned >= 0) {
				content = range(sentence.tokens(), warned, sentence.tokens().size());
			}
			int question = pressedQuestion(sentence, graph, word);
			if (question >= 0) {
				// "pressed the mayor on whether he would resign": the question, not the
				// one asked, up to a clause of the sentence's own (", but she declined")
				List<CoreLabel> tokens = sentence.tokens();
				int end = question + 1;
				while (end < tokens.size() && !Lexicon.lower(tokens.get(end)).equals(";")
						&& !(Lexicon.lower(tokens.get(end)).equals(",") && end + 1 < tokens.size()
								&& Lexicon.lower(tokens.get(end + 1))
									.matches("but|and|who|which|while|though|although"))) {
					end++;
				}
				content = range(tokens, question, end);
			}
			if (content == null && intent) {
				continue;
			}
			boolean clause = content != null;
			if (content == null && (speech || hasObject(graph, word)) && !needsClause(sentence, word)) {
				content = rest(sentence, graph, word, subject);
				String after = (content != null) ? sentence.document().text().substring(content[0]) : "";
				if (content != null && SHOUTING_VERBS.contains(lemma) && (after.startsWith("at ")
						|| after.startsWith("to ") && lemma.matches("whisper|mutter|murmur"))) {
					// "a heckler shouted at the candidate", "she whispered to her
					// husband": whom it was at or to, no words
					continue;
				}
			}
			if (content == null && speech) {
				content = afterColon(sentence, word);
			}
			if (content == null && mainSubject != null && word.index() == 1) {
				// "Citing the figures, the mayor ...": the participle's own phrase
				Set<Integer> phrase = subtree(graph, word, Set.of());
				phrase.remove(word.index());
				content = phrase.isEmpty() ? null : extent(sentence, phrase);
			}
			if (content == null) {
				continue;
			}
			if (isRelativePronoun(subject)) {
				IndexedWord antecedent = ofHead(graph, antecedent(graph, word));
				IndexedWord owner = (antecedent != null) ? statementIssuer(graph, antecedent, quotes) : null;
				if (owner != null) {
					subject = owner;
				}
				else if (antecedent == null && subject.tag().equals("WP")
						&& graph.incomingEdgeList(word)
							.stream()
							.anyMatch((edge) -> relation(edge).matches("ccomp|dep|xcomp")
									&& edge.getGovernor().tag().startsWith("VB"))) {
					// "Asked who wrote the report, ...", "she wondered who had said it":
					// a
					// question, which names no speaker
					continue;
				}
				else if (antecedent != null && !subject.word().equalsIgnoreCase("who") && !isAnimate(graph, antecedent)
						&& !isIssuer(antecedent) && !isStatementNoun(graph, antecedent)
						&& !SURVEY_NOUNS.contains(antecedent.lemma().toLowerCase(Locale.ROOT))) {
					// "rules that promise to ...", "a seat that could decide ...": things
					continue;
				}
			}
			if (GENERIC_PRONOUNS.contains(subject.word().toLowerCase(Locale.ROOT))) {
				continue;
			}
			if (lemma.matches("see|frame") && !seesAs(sentence, word)
					|| lemma.equals("see") && !isAnimate(graph, subject)) {
				// "critics see the program as a loophole", "the Democrat framed the race
				// as
				// a referendum", not "the city saw a surge" nor "she went to see the ice"
				// nor "he was framed for the theft"
				continue;
			}
			if (lemma.equals("gush") && !isAnimate(graph, subject) && (word.index() >= sentence.tokens().size()
					|| !Lexicon.lower(sentence.tokens().get(word.index())).matches("about|over|that|:|,"))) {
				// "the billionaire gushed about ...", not "water gushed from the main"
				continue;
			}
			Found f = spokenBy(index, sentence, graph, word, subject);
			cue(f, sentence, graph, word);
			f.content(beforeParticipleReport(sentence, word, content), quotes);
			f.clause = clause;
			f.weak = !speech;
			f.coordinated = graph.incomingEdgeList(word).stream().anyMatch((edge) -> relation(edge).equals("conj"))
					|| word.tag().equals("VBG") && ownSubject(graph, word) == null;
			found.add(f);
		}
		found.addAll(gerundsAfterPrepositions(sentence, graph, index, quotes, found));
		found.addAll(relativeSpeakers(sentence, index, quotes, found));
		Found shown = readThenShown(sentence, index, quotes, found);
		if (shown != null) {
			found.add(shown);
		}
		// a weak cue inside what another source said is that source's report, unless the
		// same source goes on with a coordinated verb ("X said ... and called it ...")
		found.removeIf((f) -> f.weak && found.stream()
			.anyMatch((other) -> other != f && other.contentStart <= f.cueStart && f.cueEnd <= other.contentEnd
					&& !(f.coordinated && sameSource(f, other))
					&& !reportsBefore(f, other, sentence.document().text())));
		// "As first reported by Politico, the chairman plans ...": the "as" phrase is no
		// content of the main verb, whatever the parse hangs it on
		found.removeIf((f) -> asPhrases.stream()
			.anyMatch((phrase) -> f.cueStart != phrase[1] && phrase[0] <= f.contentStart && f.contentEnd <= phrase[2]));
		return found;
	}

	/**
	 * What "who" stands for, given the noun chunk the parse or the comma points to:
	 * "workers in Toledo, who told her ...", "nurses at St. Mary's Hospital, who ...",
	 * "residents of the building, who said ...", "Tom Hale of the Teamsters, who ...":
	 * not the place, body or thing after a preposition but the people or person before
	 * it; else the chunk itself.
	 */
	private static List<CoreLabel> peopleBeforePlace(List<CoreLabel> tokens, List<CoreLabel> chunk) {
		List<CoreLabel> holder = holderOf(tokens, chunk);
		if (holder != chunk) {
			return holder;
		}
		if (chunk.isEmpty() || chunk.stream().anyMatch((token) -> "PERSON".equals(token.ner()))
				|| isPeopleNoun(chunk.get(chunk.size() - 1))) {
			return chunk;
		}
		int before = chunk.get(0).index() - 2;
		if (before < 1 || !tokens.get(before).word().matches("in|from|at|of|near")) {
			return chunk;
		}
		List<CoreLabel> people = nounChunk(tokens, before - 1, false);
		return (!people.isEmpty() && (isPeopleNoun(people.get(people.size() - 1))
				|| people.stream().anyMatch((token) -> "PERSON".equals(token.ner())))) ? people : chunk;
	}

	/** A common noun for people ("residents", "firefighters", "congresswomen"). */
	private static boolean isPeopleNoun(CoreLabel token) {
		String lemma = (token.lemma() != null) ? token.lemma().toLowerCase(Locale.ROOT) : "";
		return token.tag().matches("NNS?") && (PEOPLE_NOUNS.contains(lemma) || Lexicon.HUMAN.contains(lemma)
				|| Lexicon.ROLES.contains(lemma) || isManNoun(new IndexedWord(token)));
	}

	/**
	 * "The governor met flood victims in Cedar Rapids, who said they had waited ...": a
	 * relative clause of speech set off by a comma, which the parse sometimes breaks
	 * ("who" left hanging, "said" a discourse word) and reports nothing for. "who" is the
	 * source, the noun before the comma (before the place it is in) what it stands for,
	 * the rest of the sentence the content.
	 */
	private List<Found> relativeSpeakers(CoreSentence sentence, int index, Quotes quotes, List<Found> found) {
		List<Found> speakers = new ArrayList<>();
		List<CoreLabel> tokens = sentence.tokens();
		for (int i = 1; i + 2 < tokens.size(); i++) {
			CoreLabel who = tokens.get(i);
			CoreLabel verb = tokens.get(i + 1);
			String lemma = (verb.lemma() != null) ? verb.lemma().toLowerCase(Locale.ROOT) : "";
			if (!who.word().equalsIgnoreCase("who") || !tokens.get(i - 1).word().equals(",")
					|| !verb.tag().matches("VBD|VBZ|VBP") || !RELATIVE_SPEECH_VERBS.contains(lemma)
					|| tokens.get(i + 2).word().matches("(?i)not|to|for|about|of")
					|| quotes.covers(verb.beginPosition(), verb.endPosition()) || found.stream()
						.anyMatch((f) -> f.cueStart <= verb.beginPosition() && verb.beginPosition() < f.cueEnd)) {
				continue;
			}
			int[] content = range(tokens, i + 2, tokens.size());
			List<CoreLabel> antecedent = peopleBeforePlace(tokens, nounChunk(tokens, i - 2, false));
			if (content == null || antecedent.isEmpty()) {
				continue;
			}
			Found f = new Found(index);
			f.source = List.of(who);
			f.referent = namedBefore(tokens, antecedent);
			f.cueOn(verb);
			f.content(content, quotes);
			f.clause = true;
			speakers.add(f);
		}
		return speakers;
	}

	/**
	 * "Marie Dubois, a nurse at the main hospital, who said ...": the person a described
	 * antecedent is in apposition to, else the antecedent itself.
	 */
	private static List<CoreLabel> namedBefore(List<CoreLabel> tokens, List<CoreLabel> antecedent) {
		List<CoreLabel> name = nameBeforeComma(tokens, antecedent.get(0).index() - 2);
		return (name != null) ? name : antecedent;
	}

	/**
	 * "Documents reviewed by the Observer show that ...", "Emails seen by the BBC show
	 * the council knew ...": the parse often takes "show" for a noun or an auxiliary
	 * after the paper's name and finds no report. The papers are the source (not the
	 * paper that read them), "show" the cue, the rest of the sentence the content; null
	 * when the pattern is absent or the verb is already a cue.
	 */
	private Found readThenShown(CoreSentence sentence, int index, Quotes quotes, List<Found> found) {
		List<CoreLabel> tokens = sentence.tokens();
		for (int i = 1; i + 3 < tokens.size(); i++) {
			CoreLabel participle = tokens.get(i);
			if (!participle.tag().matches("VBN|VBD") || !RECEIVING_VERBS.contains(Lexicon.lemma(participle))
					|| !tokens.get(i - 1).tag().startsWith("NN") || !Lexicon.lower(tokens.get(i + 1)).equals("by")) {
				continue;
			}
			for (int j = i + 3; j < Math.min(tokens.size() - 1, i + 8); j++) {
				CoreLabel verb = tokens.get(j);
				if (isPunctuation(verb)) {
					break;
				}
				if (!Lexicon.lower(verb).matches("shows?|says?|reveals?|suggests?|indicates?|confirms?")
						|| !tokens.get(j - 1).tag().startsWith("NN")) {
					continue;
				}
				int cueStart = verb.beginPosition();
				if (found.stream().anyMatch((f) -> f.cueStart <= cueStart && cueStart < f.cueEnd)
						|| quotes.covers(cueStart, verb.endPosition())) {
					return null;
				}
				List<CoreLabel> source = nounChunk(tokens, i - 1, false);
				int[] content = range(tokens, j + 1, tokens.size());
				if (source.isEmpty() || content == null) {
					return null;
				}
				Found f = new Found(index);
				f.source = source;
				f.cueOn(verb);
				f.content(content, quotes);
				f.clause = true;
				return f;
			}
		}
		return null;
	}

	/**
	 * An infinitive that names what was not done or only required: "refused to testify",
	 * "failed to show up", "the law requires candidates to disclose their income", "urged
	 * supporters to ask why".
	 */
	private static boolean isUndone(SemanticGraph graph, IndexedWord verb) {
		if (!verb.tag().equals("VB") || !hasMark(graph, verb, "to")) {
			return false;
		}
		SemanticGraphEdge up = graph.incomingEdgeList(verb).stream().findFirst().orElse(null);
		if (up == null || !up.getGovernor().tag().startsWith("VB")
				|| !Set.of("xcomp", "ccomp", "advcl", "dep").contains(relation(up))) {
			return false;
		}
		IndexedWord governor = up.getGovernor();
		String lemma = governor.lemma().toLowerCase(Locale.ROOT);
		if (UNDOING_VERBS.contains(lemma)) {
			return true;
		}
		// the object of "require", "allow", "urge" is to do it, not the subject
		return DEONTIC_VERBS.contains(lemma) && graph.outgoingEdgeList(governor)
			.stream()
			.anyMatch((edge) -> Set.of("obj", "iobj", "obl").contains(relation(edge))
					&& edge.getDependent().index() > governor.index() && edge.getDependent().index() < verb.index());
	}

	/**
	 * "After saying her foot was swollen, she went ...", "was grilled ... for saying that
	 * ...", "despite admitting that ...": a speech verb's gerund right after a
	 * preposition that the parse hung where no speaker could be found reports for the
	 * subject of the sentence, when that is a person or body.
	 */
	private List<Found> gerundsAfterPrepositions(CoreSentence sentence, SemanticGraph graph, int index, Quotes quotes,
			List<Found> found) {
		List<Found> more = new ArrayList<>();
		List<CoreLabel> tokens = sentence.tokens();
		IndexedWord root = graph.getFirstRoot();
		if (root == null || !root.tag().startsWith("VB")) {
			return more;
		}
		IndexedWord subject = ownSubject(graph, root);
		if (subject == null) {
			subject = passiveSubject(graph, root);
		}
		if (subject == null || !isAnimate(graph, subject) || isRelativePronoun(subject)) {
			return more;
		}
		for (IndexedWord word : graph.vertexListSorted()) {
			if (!word.tag().equals("VBG") || word.index() < 2
					|| !SPEECH_VERBS.contains(word.lemma().toLowerCase(Locale.ROOT))
					|| !GERUND_PREPOSITIONS.contains(Lexicon.lower(tokens.get(word.index() - 2)))
					|| quotes.covers(word.beginPosition(), word.endPosition())
					|| found.stream().anyMatch((f) -> f.cueStart == word.beginPosition())) {
				continue;
			}
			int firstSource = sourceTokens(sentence, graph, subject).get(0).index() - 1;
			int end = tokens.size();
			if (firstSource > word.index()) {
				end = firstSource;
			}
			else {
				for (int i = word.index(); i < end; i++) {
					if (tokens.get(i).word().equals(",")
							&& !quotes.covers(tokens.get(i).beginPosition(), tokens.get(i).endPosition())) {
						end = i;
					}
				}
			}
			int[] content = range(tokens, word.index(), end);
			if (content == null || !hasClause(tokens, word.index(), end)) {
				// "for admitting Poland to NATO", "by asking prosecutors to charge him":
				// no clause, no report
				continue;
			}
			Found f = spokenBy(index, sentence, graph, word, subject);
			cue(f, sentence, graph, word);
			f.content(content, quotes);
			f.clause = true;
			more.add(f);
		}
		return more;
	}

	/**
	 * A clause opening at token {@code from} (before {@code to}): a "that" or a quote
	 * mark first, or a finite verb within six words ("saying her ankle was sore"; not
	 * "saying goodbye to the crowd that had gathered").
	 */
	private static boolean hasClause(List<CoreLabel> tokens, int from, int to) {
		if (from < to && (tokens.get(from).word().equalsIgnoreCase("that") || isQuoteMark(tokens.get(from)))) {
			return true;
		}
		for (int i = from; i < to && i < from + 6; i++) {
			if (tokens.get(i).tag().matches("MD|VBD|VBZ|VBP")) {
				return true;
			}
			if (tokens.get(i).word().toLowerCase(Locale.ROOT).matches("that|which|who")) {
				return false;
			}
		}
		return false;
	}

	/**
	 * "Ann Marsh reported from Dover": a reporter's byline, with only the place reported
	 * from, reports nothing.
	 */
	private static boolean isByline(SemanticGraph graph, IndexedWord verb) {
		if (!verb.lemma().equalsIgnoreCase("report")) {
			return false;
		}
		boolean from = false;
		for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
			String relation = relation(edge);
			if (relation.equals("obl") && hasCaseWord(graph, edge.getDependent(), "from")) {
				from = true;
			}
			else if (relation.matches("obj|ccomp|xcomp|iobj|advcl|parataxis")) {
				return false;
			}
		}
		return from;
	}

	/** "claimed the seat", "claimed three lives": a claim on a prize reports nothing. */
	private static boolean claimsAPrize(SemanticGraph graph, IndexedWord verb) {
		return verb.lemma().equalsIgnoreCase("claim") && graph.outgoingEdgeList(verb)
			.stream()
			.anyMatch((edge) -> relation(edge).equals("obj")
					&& PRIZES.contains(edge.getDependent().lemma().toLowerCase(Locale.ROOT))
					&& !opensClause(graph, edge.getDependent()));
	}

	/**
	 * A noun the parse took for an object though a finite verb follows it, the subject of
	 * the claimed clause: "she claimed the land was hers".
	 */
	private static boolean opensClause(SemanticGraph graph, IndexedWord noun) {
		IndexedWord next = graph.getNodeByIndexSafe(noun.index() + 1);
		return next != null && next.tag().matches("MD|VBD|VBZ|VBP");
	}

	/**
	 * A cue verb in another sense: with a particle ("show up", "call in") or as a deed
	 * ({@link #isDeed}).
	 */
	private static boolean isOtherSense(SemanticGraph graph, IndexedWord verb) {
		IndexedWord next = graph.getNodeByIndexSafe(verb.index() + 1);
		if (verb.lemma().equalsIgnoreCase("tell") && next != null && next.word().equalsIgnoreCase("off")) {
			// "told off the lawyers": a rebuke, parsed with "off" as a preposition
			return true;
		}
		IndexedWord before = graph.getNodeByIndexSafe(verb.index() - 1);
		IndexedWord modal = graph.getNodeByIndexSafe(verb.index() - 2);
		if (verb.lemma().equalsIgnoreCase("tell") && next != null && before != null && modal != null
				&& before.word().matches("(?i)not|n't|never") && modal.word().matches("(?i)can|could|ca")
				&& next.word().matches("(?i)which|who|whether|if|what|how|where|when")) {
			// "could not tell which officer had said it": telling apart, not
			// telling someone
			return true;
		}
		if (graph.outgoingEdgeList(verb)
			.stream()
			.anyMatch((edge) -> relation(edge).startsWith("nsubj") && askedWhich(graph, edge.getDependent()))) {
			// "which officer had said it": a question of who spoke, no report
			return true;
		}
		if (verb.lemma().equalsIgnoreCase("tell") && graph.outgoingEdgeList(verb)
			.stream()
			.anyMatch(
					(edge) -> relation(edge).equals("obj") && edge.getDependent().lemma().equalsIgnoreCase("difference")
							|| relation(edge).matches("advmod|compound:prt")
									&& edge.getDependent().word().equalsIgnoreCase("apart"))) {
			// "could not tell the difference", "could not tell them apart"
			return true;
		}
		if (verb.lemma().equalsIgnoreCase("tell")
				&& graph.outgoingEdgeList(verb)
					.stream()
					.anyMatch((edge) -> relation(edge).equals("obj")
							&& edge.getDependent().lemma().toLowerCase(Locale.ROOT).matches("story|tale"))
				&& graph.outgoingEdgeList(verb)
					.stream()
					.anyMatch((edge) -> relation(edge).equals("nsubj") && !isAnimate(graph, edge.getDependent())
							&& !isIssuer(edge.getDependent())
							&& !ARTEFACT_NOUNS.contains(edge.getDependent().lemma().toLowerCase(Locale.ROOT))
							&& !ISSUED_NOUNS.contains(edge.getDependent().lemma().toLowerCase(Locale.ROOT)))) {
			// "the turnout data tells a different story", "the numbers tell a tale":
			// figures show something, nobody tells it (not "the candidate told the story
			// of her grandfather")
			return true;
		}
		if (isDeed(graph, verb)) {
			return true;
		}
		return graph.outgoingEdgeList(verb)
			.stream()
			.anyMatch((edge) -> relation(edge).equals("compound:prt") && OTHER_SENSES.contains(
					verb.lemma().toLowerCase(Locale.ROOT) + " " + edge.getDependent().word().toLowerCase(Locale.ROOT)));
	}

	/**
	 * "ruled the search unlawful", "ruled the fee a tax", parsed with the predicate as a
	 * modifier or a loose dependent after the object (not a preposition so misparsed: "a
	 * check for $5,000").
	 */
	private static boolean isPredicatedOn(SemanticGraph graph, IndexedWord object) {
		return graph.outgoingEdgeList(object)
			.stream()
			.anyMatch((edge) -> relation(edge).matches("amod|dep") && edge.getDependent().index() > object.index()
					&& !edge.getDependent().tag().equals("IN"));
	}

	/** "wrote a memo about ...", "ruled the fee as ...": a phrase of what was said. */
	private static boolean isAsOrAbout(SemanticGraph graph, SemanticGraphEdge edge) {
		return hasCaseWord(graph, edge.getDependent(), "as") || hasCaseWord(graph, edge.getDependent(), "about")
				|| hasCaseWord(graph, edge.getDependent(), "of");
	}

	/** Relations of a verb that leave a plain object its only complement. */
	private static final Set<String> PLAIN_RELATIONS = Set.of("nsubj", "obj", "aux", "advmod", "punct", "cc", "conj",
			"mark", "nmod:tmod", "obl:tmod");

	/**
	 * A cue verb in a sense of doing, shown by a plain object with no clause, predicate
	 * or quotation after it: "ruled the county for decades" (governed; not "ruled the law
	 * void"), "showed reporters around the clinic" (guided), "wrote a check" (paid),
	 * "will report to the base" (answered to), "argued loudly in the parking lot"
	 * (quarrelled), "charged customers $5" (priced). Not "call": PolNeAR counts a call to
	 * someone or of a meeting ("called the minister", "called the hearing") as a report.
	 */
	private static boolean isDeed(SemanticGraph graph, IndexedWord verb) {
		String lemma = verb.lemma().toLowerCase(Locale.ROOT);
		if (lemma.equals("find") && graph.outgoingEdgeList(verb).stream().anyMatch((edge) -> isVerdict(graph, edge))) {
			// "found him guilty on all counts": a verdict on someone, no finding reported
			// (not "found that he was guilty")
			return true;
		}
		if (!lemma.matches("rule|show|write|report|argue|charge")) {
			return false;
		}
		IndexedWord object = null;
		for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
			String relation = relation(edge);
			if (relation.equals("iobj") && lemma.equals("charge")) {
				// "charged customers $5": who pays
				continue;
			}
			if (relation.equals("obj") && object == null) {
				object = edge.getDependent();
			}
			else if (relation.equals("obj")) {
				// "ruled the bill a tax", parsed with two objects
				return false;
			}
			else if (!PLAIN_RELATIONS.contains(relation) && !(relation.equals("obl") && !isAsOrAbout(graph, edge))
					&& !(relation.equals("advcl") && TIME_OR_CAUSE_MARKS.stream()
						.anyMatch((mark) -> hasMark(graph, edge.getDependent(), mark)))) {
				return false;
			}
		}
		if (graph.vertexSet()
			.stream()
			.anyMatch((word) -> word.index() > verb.index() && isQuoteMark(word.backingLabel()))) {
			return false;
		}
		if (lemma.equals("report")) {
			if (hasMark(graph, verb, "as") && !toPlaceOfDuty(graph, verb)) {
				// "As the campaign reported to the FEC, it raised ...", "raised $24
				// million as it reported to the FEC": what it reported is the clause
				// around (not "as the new hires reported to the plant", where they went)
				return false;
			}
			// "will report to the base on Monday": to whom one answers, with nothing told
			// (not "reported to the committee on the missing funds", a topic, nor "in a
			// letter")
			boolean topic = subtree(graph, verb, Set.of()).stream()
				.map(graph::getNodeByIndexSafe)
				.anyMatch((word) -> word != null && word.index() > verb.index() && !isTime(word)
						&& (Set.of("on", "about", "regarding", "concerning")
							.stream()
							.anyMatch((topicWord) -> hasCaseWord(graph, word, topicWord))
								|| isWrittenReport(graph, word)));
			return object == null && !topic && !tellsClauseAround(graph, verb) && graph.outgoingEdgeList(verb)
				.stream()
				.anyMatch((edge) -> relation(edge).equals("obl") && hasCaseWord(graph, edge.getDependent(), "to")
						|| relation(edge).equals("advmod") && edge.getDependent().word().equalsIgnoreCase("back")
								&& graph.outgoingEdgeList(edge.getDependent())
									.stream()
									.anyMatch((inner) -> relation(inner).equals("obl")
											&& hasCaseWord(graph, inner.getDependent(), "to")));
		}
		if (lemma.equals("argue")) {
			// "argued the case before the court": pleaded it, with nothing said of it
			return (object == null) ? isQuarrel(graph, verb) : isPleading(graph, verb, object);
		}
		if (object == null || opensClause(graph, object) || isPredicatedOn(graph, object)) {
			return false;
		}
		String thing = object.lemma().toLowerCase(Locale.ROOT);
		int objectIndex = object.index();
		return switch (lemma) {
			// people guided around a place, with at most a time besides ("showed
			// reporters around the clinic on Friday"; not "showed Democrats around the
			// state with a lead", nor "showed women around the state turning against
			// him")
			// "the team showed signs of life": a body or a person showing a sign of
			// itself (not "the poll showed signs of a tightening race")
			case "show" -> thing.equals("sign") && !isRecordSubject(graph, verb)
					|| isPeople(object)
							&& subtree(graph, verb, Set.of()).stream()
								.map(graph::getNodeByIndexSafe)
								.noneMatch((word) -> word != null && word.index() > objectIndex
										&& "VBG".equals(word.tag()))
							&& graph.outgoingEdgeList(verb)
								.stream()
								.anyMatch((edge) -> relation(edge).equals("obl") && !isTime(edge.getDependent())
										&& isAround(graph, edge.getDependent()))
							&& graph.outgoingEdgeList(verb)
								.stream()
								.allMatch((edge) -> !relation(edge).equals("obl") || isTime(edge.getDependent())
										|| isAround(graph, edge.getDependent())
										|| Set.of("before", "after", "during")
											.stream()
											.anyMatch((when) -> hasCaseWord(graph, edge.getDependent(), when)));
			// a price asked ("charged customers $5 for delivery", "charged a fee",
			// "charged interest"), not "charged that ...", "charged the mayor with lying"
			// nor "charged special interests with buying seats"
			// ("charged parents as much as $12,000", the sum parsed as a bare phrase)
			case "charge" -> (isSum(object) || PRICE_NOUNS.contains(thing) && !object.tag().equals("NNS")
					|| graph.outgoingEdgeList(verb)
						.stream()
						.anyMatch((edge) -> relation(edge).equals("obl") && isSum(edge.getDependent())
								&& graph.outgoingEdgeList(edge.getDependent())
									.stream()
									.noneMatch((inner) -> relation(inner).equals("case"))))
					&& Stream.concat(graph.outgoingEdgeList(verb).stream(), graph.outgoingEdgeList(object).stream())
						.noneMatch((edge) -> relation(edge).matches("obl|nmod")
								&& hasCaseWord(graph, edge.getDependent(), "with")
								|| relation(edge).matches("ccomp|dep|parataxis"));
			// a check paid, not a "reality check" or "fact check" written
			case "write" -> thing.matches("check|cheque") && graph.outgoingEdgeList(object)
				.stream()
				.noneMatch((edge) -> relation(edge).equals("compound") && edge.getDependent().tag().startsWith("NN"));
			// "rule" governs for a time or a place ("ruled the county for decades",
			// "ruled Syria"); with any other phrase it judges ("ruled the complaint
			// without merit", "ruled the question off the ballot")
			default -> graph.outgoingEdgeList(verb).stream().anyMatch((edge) -> isSpanOfTime(graph, edge))
					|| isPlaceGoverned(graph, object) && graph.outgoingEdgeList(verb)
						.stream()
						.allMatch((edge) -> !relation(edge).equals("obl") || isTime(edge.getDependent())
								|| GOVERNING_MEANS.stream()
									.anyMatch((means) -> hasCaseWord(graph, edge.getDependent(), means)));
		};
	}

	/**
	 * Whether the verb's subject is a record that speaks for its makers ("the poll", "the
	 * data", "the memo", "it").
	 */
	private static boolean isRecordSubject(SemanticGraph graph, IndexedWord verb) {
		IndexedWord subject = ownSubject(graph, verb);
		if (subject == null) {
			return true;
		}
		String lemma = subject.lemma().toLowerCase(Locale.ROOT);
		return lemma.equals("it") || DATA_NOUNS.contains(lemma) || SURVEY_NOUNS.contains(lemma)
				|| ARTEFACT_NOUNS.contains(lemma) || ISSUED_NOUNS.contains(lemma) || CUE_NOUNS.contains(lemma)
				|| RETURN_NOUNS.contains(lemma);
	}

	/**
	 * Counts and measures that show signs as a record does: "early returns", "early
	 * voting", "the internal polling", "the manufacturing index".
	 */
	private static final Set<String> RETURN_NOUNS = Set.of("return", "result", "turnout", "vote", "voting", "polling",
			"tracking", "index", "indicator", "reading");

	/**
	 * "guilty", "not guilty", "liable": the predicate of a verdict, found by a court or
	 * of someone in the passive ("The jury found him guilty", "he was found liable"; not
	 * "the inspector general found the agency liable", a finding, nor "found he had been
	 * guilty", a clause).
	 */
	private static boolean isVerdict(SemanticGraph graph, SemanticGraphEdge edge) {
		IndexedWord predicate = edge.getDependent();
		if (!relation(edge).matches("xcomp|dep")
				|| !predicate.lemma().toLowerCase(Locale.ROOT).matches("guilty|innocent|liable")
				|| graph.outgoingEdgeList(predicate).stream().anyMatch((inner) -> relation(inner).matches("cop|aux"))) {
			return false;
		}
		IndexedWord finder = ownSubject(graph, edge.getGovernor());
		return finder == null || Stream
			.concat(Stream.of(finder),
					graph.outgoingEdgeList(finder)
						.stream()
						.filter((inner) -> relation(inner).equals("compound"))
						.map(SemanticGraphEdge::getDependent))
			.anyMatch((word) -> COURT_NOUNS.contains(word.lemma().toLowerCase(Locale.ROOT)));
	}

	/** Who gives a verdict. */
	private static final Set<String> COURT_NOUNS = Set.of("jury", "juror", "judge", "court", "tribunal", "justice",
			"magistrate", "arbitrator");

	/**
	 * "argued the case before the court", "argued the appeal in March": pleaded it, not
	 * "argued the case for the deal" or "against it", "the government's case that ...",
	 * or a party's case anywhere but before a court ("argued the nominee's case on the
	 * talk shows").
	 */
	private static boolean isPleading(SemanticGraph graph, IndexedWord verb, IndexedWord object) {
		if (!object.lemma().toLowerCase(Locale.ROOT).matches("case|appeal|motion") || opensClause(graph, object)
				|| isPredicatedOn(graph, object)) {
			return false;
		}
		boolean forOrAgainst = Stream
			.concat(graph.outgoingEdgeList(object).stream(), graph.outgoingEdgeList(verb).stream())
			.anyMatch((edge) -> relation(edge).matches("nmod|obl") && (hasCaseWord(graph, edge.getDependent(), "for")
					|| hasCaseWord(graph, edge.getDependent(), "against")));
		if (forOrAgainst || graph.outgoingEdgeList(object)
			.stream()
			.anyMatch((edge) -> relation(edge).matches("ccomp|acl.*|dep"))) {
			return false;
		}
		return graph.outgoingEdgeList(object).stream().noneMatch((edge) -> relation(edge).equals("nmod:poss")) || graph
			.outgoingEdgeList(verb)
			.stream()
			.anyMatch((edge) -> relation(edge).equals("obl") && hasCaseWord(graph, edge.getDependent(), "before"));
	}

	/** "$5", "five dollars": a sum of money. */
	private static boolean isSum(IndexedWord word) {
		return "$".equals(word.tag()) || "MONEY".equals(word.ner());
	}

	/** What a seller or lender charges: "charged a fee". */
	private static final Set<String> PRICE_NOUNS = Set.of("fee", "price", "rate", "interest", "toll", "premium", "fare",
			"rent", "tuition", "penalty", "surcharge");

	/**
	 * "argued loudly in the parking lot", "argued with her brother at dinner": a quarrel,
	 * the only phrases a place, a time or whom one argued with (not "argued in a brief",
	 * "in an interview", "for a tax cut", "over the budget", "with the ruling").
	 */
	private static boolean isQuarrel(SemanticGraph graph, IndexedWord verb) {
		boolean sayingClause = hasMark(graph, verb, "as") || graph.outgoingEdgeList(verb)
			.stream()
			.anyMatch(
					(edge) -> relation(edge).matches("cc|advmod") && edge.getDependent().word().equalsIgnoreCase("so"));
		SemanticGraphEdge up = graph.incomingEdgeList(verb).stream().findFirst().orElse(null);
		if (up != null && relation(up).matches("parataxis|ccomp|dep") && up.getGovernor().index() < verb.index()
				|| graph.vertexSet().stream().anyMatch((word) -> isQuoteMark(word.backingLabel()))) {
			// "The plan is unfair, she argued at the meeting", or a quotation before it:
			// what was argued comes first
			return false;
		}
		List<IndexedWord> phrases = graph.outgoingEdgeList(verb)
			.stream()
			.filter((edge) -> relation(edge).equals("obl"))
			.map(SemanticGraphEdge::getDependent)
			.toList();
		if (sayingClause) {
			// "As Clinton argued in the debate, ...", "..., or so he argued in Detroit":
			// what was argued is the clause it is set in (but "As he argued with the
			// cashier, ..." is a quarrel)
			return phrases.stream()
				.anyMatch((phrase) -> hasCaseWord(graph, phrase, "with") && isAnimate(graph, phrase));
		}
		return !phrases.isEmpty() && phrases.stream().allMatch((phrase) -> {
			String lemma = phrase.lemma().toLowerCase(Locale.ROOT);
			if (isTime(phrase) || hasCaseWord(graph, phrase, "for") && lemma.matches("minute|hour|day")) {
				return true;
			}
			if (CUE_NOUNS.contains(lemma) || ARTEFACT_NOUNS.contains(lemma) || ISSUED_NOUNS.contains(lemma)
					|| lemma.matches("court|television|tv|air")) {
				// the medium or forum of what was argued
				return false;
			}
			return Set.of("in", "at", "outside", "inside", "near", "behind")
				.stream()
				.anyMatch((place) -> hasCaseWord(graph, phrase, place))
					|| hasCaseWord(graph, phrase, "with") && isAnimate(graph, phrase);
		});
	}

	/** "reported to the plant", "to Fort Hale": to a place of duty. */
	private static boolean toPlaceOfDuty(SemanticGraph graph, IndexedWord verb) {
		return graph.outgoingEdgeList(verb)
			.stream()
			.anyMatch((edge) -> relation(edge).equals("obl") && hasCaseWord(graph, edge.getDependent(), "to")
					&& (DUTY_PLACES.contains(edge.getDependent().lemma().toLowerCase(Locale.ROOT))
							|| "LOCATION".equals(edge.getDependent().ner())));
	}

	/** Where one reports for duty: "reported to the plant", "to the base". */
	private static final Set<String> DUTY_PLACES = Set.of("plant", "base", "scene", "office", "work", "duty", "camp",
			"station", "post", "headquarters", "barracks", "fort", "unit", "school", "site", "hospital", "jail",
			"prison");

	/**
	 * "reported to the committee in a letter", "will report to the governor with its
	 * recommendations": what is told, in writing or as findings.
	 */
	private static boolean isWrittenReport(SemanticGraph graph, IndexedWord word) {
		String lemma = word.lemma().toLowerCase(Locale.ROOT);
		return hasCaseWord(graph, word, "in") && (ARTEFACT_NOUNS.contains(lemma) || ISSUED_NOUNS.contains(lemma))
				|| hasCaseWord(graph, word, "with") && (CUE_NOUNS.contains(lemma) || lemma.equals("recommendation"));
	}

	/**
	 * Words for a place or a body that is governed: "ruled the county", "ruled Syria".
	 */
	private static final Set<String> GOVERNED_NOUNS = Set.of("country", "nation", "state", "county", "city", "town",
			"village", "province", "region", "territory", "kingdom", "empire", "island", "land", "realm", "colony",
			"district", "legislature", "senate", "house", "chamber", "assembly", "parliament", "council", "world",
			"roost");

	/**
	 * Phrases of how or when a place is governed: "with an iron fist", "from Kandahar",
	 * "by decree", "since the 2010 wave".
	 */
	private static final Set<String> GOVERNING_MEANS = Set.of("with", "from", "through", "under", "by", "over", "since",
			"until", "till", "throughout", "during", "before", "after");

	private static boolean isTime(IndexedWord word) {
		return Set.of("DATE", "TIME", "DURATION").contains(String.valueOf(word.ner()));
	}

	/** "for four decades", "since 1970", "until 2010", "from 1996": a span of time. */
	private static boolean isSpanOfTime(SemanticGraph graph, SemanticGraphEdge edge) {
		IndexedWord word = edge.getDependent();
		return relation(edge).equals("obl")
				&& (isTime(word) || word.tag().equals("CD")
						|| word.lemma().toLowerCase(Locale.ROOT).matches("year|decade|century|generation|month|week"))
				&& Set.of("for", "since", "until", "till", "from", "throughout")
					.stream()
					.anyMatch((caseWord) -> hasCaseWord(graph, word, caseWord));
	}

	/**
	 * An object that is a place or a governed body, or a part of one ("most of
	 * Afghanistan").
	 */
	private static boolean isPlaceGoverned(SemanticGraph graph, IndexedWord object) {
		IndexedWord place = object;
		if (object.lemma().toLowerCase(Locale.ROOT).matches("most|much|part|half|all|rest")) {
			place = graph.outgoingEdgeList(object)
				.stream()
				.filter((edge) -> relation(edge).equals("nmod") && hasCaseWord(graph, edge.getDependent(), "of"))
				.map(SemanticGraphEdge::getDependent)
				.findFirst()
				.orElse(object);
		}
		return "LOCATION".equals(place.ner()) || place.tag().startsWith("NNP")
				|| GOVERNED_NOUNS.contains(place.lemma().toLowerCase(Locale.ROOT));
	}

	private static boolean isAround(SemanticGraph graph, IndexedWord word) {
		return hasCaseWord(graph, word, "around") || hasCaseWord(graph, word, "round");
	}

	/** People, for "showed reporters around": a pronoun, a name or a noun for people. */
	private static boolean isPeople(IndexedWord object) {
		return ANIMATE_OBJECT_PRONOUNS.contains(object.word().toLowerCase(Locale.ROOT)) || "PERSON".equals(object.ner())
				|| isPeopleNoun(object.backingLabel())
				|| object.lemma().toLowerCase(Locale.ROOT).matches("delegation|visitor|guest|tourist|crowd");
	}

	/**
	 * "raised $24 million, as it reported to the FEC", "The ballots were missing, the
	 * clerk reported to the board": a report set off by a comma, after the clause it
	 * tells or with "as" (not "as the hires reported to the plant", at that time, nor
	 * "...; its soldiers reported to the fort").
	 */
	private static boolean tellsClauseAround(SemanticGraph graph, IndexedWord verb) {
		int first = subtree(graph, verb, Set.of()).stream().min(Integer::compare).orElse(verb.index());
		if (graph.outgoingEdgeList(verb).stream().noneMatch((edge) -> relation(edge).equals("nsubj"))) {
			// "..., Iraqi officers reported to ...", with the subject hung elsewhere
			while (graph.getNodeByIndexSafe(first - 1) != null
					&& graph.getNodeByIndexSafe(first - 1).tag().matches("NN.*|JJ.*|DT|PRP.*|CD")) {
				first--;
			}
		}
		IndexedWord before = graph.getNodeByIndexSafe(first - 1);
		if (before == null || !before.word().equals(",")) {
			return false;
		}
		if (hasMark(graph, verb, "as")) {
			return true;
		}
		SemanticGraphEdge up = graph.incomingEdgeList(verb).stream().findFirst().orElse(null);
		return up != null && relation(up).matches("parataxis|ccomp|dep") && up.getGovernor().index() < verb.index()
				&& graph.outgoingEdgeList(verb).stream().noneMatch((edge) -> relation(edge).equals("mark"));
	}

	/**
	 * True for a verb of thought with no clause after it ("assumed office", "considered
	 * the matter", "learned from the experience", "knows nothing"): no report without
	 * one, which a "that" or a question word after the verb shows even when the parse
	 * hangs it elsewhere. "Know" also reports its topic ("I know all about ...").
	 */
	private static boolean needsClause(CoreSentence sentence, IndexedWord verb) {
		String lemma = verb.lemma().toLowerCase(Locale.ROOT);
		if (!CLAUSE_ONLY_VERBS.contains(lemma)) {
			return false;
		}
		List<CoreLabel> tokens = sentence.tokens();
		if (lemma.equals("project")) {
			// "projected that ...", "projected Clinton would win", "projected the deficit
			// to reach": a clause of its own (not "projected his voice so that ...", nor
			// the "that" of another clause or of a relative)
			return !(verb.index() < tokens.size() && tokens.get(verb.index()).word().equalsIgnoreCase("that"))
					&& basicDependencies(sentence).outgoingEdgeList(verb)
						.stream()
						.noneMatch((edge) -> relation(edge).matches("ccomp|xcomp"));
		}
		if (lemma.equals("decline") && declinesRequestForComment(tokens, verb.index())) {
			return false;
		}
		boolean setOff = false;
		for (int i = verb.index(); i < tokens.size() && i <= verb.index() + 10; i++) {
			String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
			// a relative pronoun after the object ("assumed a role in which ...",
			// "office,
			// where ...") opens no reported clause
			boolean relative = i > verb.index() && word.matches("which|who|where|when")
					&& tokens.get(i - 1).tag().matches("NN.*|IN|,") || setOff && !word.equals("that");
			if (CLAUSE_OPENERS.contains(word) && !relative || isQuoteMark(tokens.get(i))
					|| lemma.equals("know") && i <= verb.index() + 1 && (word.equals("about") || word.equals("of"))) {
				return false;
			}
			// a comma or a subordinating word ("decline by four points until it reached
			// ...") starts another clause
			// a conjunction starts another predicate ("answered the phone and said ...")
			setOff = setOff || isPunctuation(tokens.get(i)) && !"HYPH".equals(tokens.get(i).tag())
					|| SUBORDINATORS.contains(word) || "CC".equals(tokens.get(i).tag());
			if (!setOff && tokens.get(i).tag().matches("MD|VBD|VBZ|VBP")) {
				// "adding he would never ...", "it added the first attacks had failed": a
				// clause without "that"
				return false;
			}
		}
		return true;
	}

	/**
	 * "declined repeated requests for an interview", "declined a request to comment": a
	 * refusal to comment, which PolNeAR annotates as a report (not "declined a request
	 * from the city for a loan", "declined an invitation to the dinner"); {@code from} is
	 * the 0-based index of the word after the verb.
	 */
	private static boolean declinesRequestForComment(List<CoreLabel> tokens, int from) {
		boolean request = false;
		for (int i = from; i < tokens.size() && i <= from + 8; i++) {
			String word = Lexicon.lower(tokens.get(i));
			if (isPunctuation(tokens.get(i)) || SUBORDINATORS.contains(word)
					|| !request && tokens.get(i).tag().matches("IN|TO")) {
				// the request is the verb's object ("declined despite requests for
				// comment ...": a number went down)
				return false;
			}
			if (CALL_NOUNS.contains(Lexicon.lemma(tokens.get(i)))) {
				request = true;
			}
			else if (request && word.matches("comments?|interviews?|remarks?")) {
				// "for (an) interview", "seeking comment", "to comment": the subject's
				// own words (not "for public comment", "for copies of the interview
				// notes", "for an interview with the inmate")
				String before = Lexicon.lower(tokens.get(i - 1));
				if (before.matches("an?") && i - 1 > from) {
					before = Lexicon.lower(tokens.get(i - 2));
				}
				String after = (i + 1 < tokens.size()) ? Lexicon.lower(tokens.get(i + 1)) : "";
				return before.matches("for|seeking|to") && (!after.matches("with|of") || withTheOutlet(tokens, i + 2));
			}
		}
		return false;
	}

	/**
	 * "for an interview with The Times", "with the newspaper", "with this reporter": the
	 * outlet asking, not someone else to be interviewed; {@code k} is the word after
	 * "with".
	 */
	private static boolean withTheOutlet(List<CoreLabel> tokens, int k) {
		if (k + 1 >= tokens.size()) {
			return false;
		}
		String word = tokens.get(k).word();
		String next = Lexicon.lower(tokens.get(k + 1));
		return "The".equals(word) && "NNP".equals(tokens.get(k + 1).tag()) || word.matches("(?i)the|this") && next
			.matches("newspaper|paper|reporters?|correspondents?|station|magazine|network|broadcaster|outlet|website");
	}

	/** "see the program as a loophole": an "as" a few words after the verb. */
	private static boolean seesAs(CoreSentence sentence, IndexedWord verb) {
		List<CoreLabel> tokens = sentence.tokens();
		for (int i = verb.index(); i < tokens.size() && i <= verb.index() + 8; i++) {
			if (tokens.get(i).word().equalsIgnoreCase("as")) {
				return true;
			}
			if (isPunctuation(tokens.get(i)) && !isQuoteMark(tokens.get(i))) {
				return false;
			}
		}
		return false;
	}

	private static boolean sameSource(Found one, Found other) {
		return one.source.get(0).beginPosition() == other.source.get(0).beginPosition()
				&& head(one.source).endPosition() == head(other.source).endPosition();
	}

	/**
	 * The source as the surface shows it, which overrides a parse that disagrees: the
	 * noun phrase right after a verb that follows a comma or quote mark ("“...,” said Tim
	 * Hess"), or right before the verb ("Chief Justice Roberts said, ..."). Null when
	 * neither is there.
	 */
	private static List<CoreLabel> surfaceSource(CoreSentence sentence, IndexedWord verb) {
		List<CoreLabel> tokens = sentence.tokens();
		int at = verb.index() - 1;
		if (verb.tag().equals("VBG") && isQuoteOrComma(tokens, at - 1)) {
			List<CoreLabel> main = subjectBefore(tokens, at);
			return main.isEmpty() ? null : main;
		}
		boolean back = RETORT_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT)) && at + 1 < tokens.size()
				&& tokens.get(at + 1).word().equalsIgnoreCase("back");
		// "“How,” asked Mr. Kerrigan, “...?”": right after the closing quotation mark the
		// one who asks follows (after a comma, "asked the reporter" is whom)
		boolean asks = verb.lemma().toLowerCase(Locale.ROOT).matches("ask|answer|wonder") && at >= 2
				&& isQuoteMark(tokens.get(at - 1))
				&& ("''".equals(tokens.get(at - 1).tag()) || tokens.get(at - 2).word().matches("[,?!.]"));
		if (isQuoteOrComma(tokens, at - 1)
				&& (back || asks || INVERTING_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT)))) {
			// "..., said Tim Hess", "“...,” shot back Ms. Trevino"
			List<CoreLabel> subject = back ? null : appositiveSubject(tokens, at);
			if (subject != null) {
				return subject;
			}
			int from = back ? at + 2 : at + 1;
			List<CoreLabel> after = nounChunk(tokens, from, true);
			if (after.isEmpty() && !back && ",".equals(tokens.get(at - 1).word())) {
				// "..., their employer, Reuters, said.": nothing after the verb, so the
				// speaker is the apposition closed by the comma before it
				List<CoreLabel> named = nounChunk(tokens, at - 2, false);
				int open = at - 2 - named.size();
				List<CoreLabel> descriptor = (open >= 1) ? new ArrayList<>(nounChunk(tokens, open - 1, false))
						: new ArrayList<>();
				int before = open - 1 - descriptor.size();
				if (!descriptor.isEmpty() && before >= 0 && "PRP$".equals(tokens.get(before).tag())) {
					// "their employer"
					descriptor.add(0, tokens.get(before));
					before--;
				}
				boolean name = named.stream()
					.anyMatch((t) -> t.tag().startsWith("NNP") || NAMED_ENTITY_TAGS.contains(String.valueOf(t.ner())));
				List<CoreLabel> titled = named;
				int titledOpen = open;
				if (open >= 1 && "of".equals(Lexicon.lower(tokens.get(open)))
						&& tokens.get(open - 1).tag().startsWith("NNP")) {
					// "Gov. Alan Pruitt of Virginia": the name before "of"
					titled = nounChunk(tokens, open - 1, false);
					titledOpen = open - 1 - titled.size();
				}
				if (name && titledOpen >= 1 && titledAfterConjunction(tokens, titledOpen + 1)) {
					// "..., and her running mate, Gov. Alan Pruitt, said that ...", which
					// the parse may leave without a subject
					return titled;
				}
				// only that exact shape: not "The mayor, a Democrat, said"
				// or "The driver, 45, said"
				return !name || open < 0 || !",".equals(tokens.get(open).word()) || descriptor.isEmpty() || before < 0
						|| !",".equals(tokens.get(before).word())
						|| !DESCRIPTOR
							.matcher(sentence.document()
								.text()
								.substring(descriptor.get(0).beginPosition(),
										descriptor.get(descriptor.size() - 1).endPosition()))
							.matches() ? null : named;
			}
			int next = from + after.size();
			boolean clause = next < tokens.size() && tokens.get(next).tag().matches("VB.*|MD");
			return after.isEmpty() || clause || isTemporal(after) ? null : after;
		}
		if (!verb.tag().matches("VBD|VBZ|VBP") && !afterAuxiliary(tokens, at)) {
			return null;
		}
		int before = at - 1;
		while (before >= 0 && tokens.get(before).tag().matches("RB|MD|VBZ|VBD|VBP") && before > at - 3) {
			before--;
		}
		before = beforeParenthesis(tokens, before);
		List<CoreLabel> chunk = describedByParticiple(tokens, nounChunk(tokens, before, false));
		while (!chunk.isEmpty() && chunk.get(0).tag().equals("CC")) {
			// "..., and the mayor is promising ...": the conjunction joins clauses
			chunk = chunk.subList(1, chunk.size());
		}
		return chunk.isEmpty() || isTemporal(chunk) || chunk.get(chunk.size() - 1).tag().equals("CD") ? null : chunk;
	}

	/**
	 * "Trump has vowed to ...", "Clinton is promising to ...": a perfect or progressive
	 * participle right after its auxiliary (perhaps with an adverb between), a finite
	 * verb phrase whatever the parse made of it.
	 */
	private static boolean afterAuxiliary(List<CoreLabel> tokens, int at) {
		String tag = tokens.get(at).tag();
		int before = at - 1;
		while (before > 0 && tokens.get(before).tag().startsWith("RB")) {
			before--;
		}
		if (before < 1 || !tokens.get(before).tag().matches("VBZ|VBD|VBP")) {
			return false;
		}
		String auxiliary = Lexicon.lemma(tokens.get(before));
		return tag.equals("VBN") && auxiliary.equals("have") || tag.equals("VBG") && auxiliary.equals("be");
	}

	/**
	 * "Perdue said he doubted the polls did it, arguing that ...": a participle after a
	 * comma or quote mark, without a subject of its own, reports for the speaker of the
	 * sentence: the subject of the nearest reporting verb before it, else of the nearest
	 * verb above it. Null when there is none (or the participle has its own subject).
	 */
	private IndexedWord participleSubject(CoreSentence sentence, SemanticGraph graph, IndexedWord verb, Quotes quotes) {
		List<CoreLabel> tokens = sentence.tokens();
		int at = verb.index() - 1;
		if (verb.tag().equals("VBG") && at == 0 && ownSubject(graph, verb) == null) {
			return openingParticipleSubject(graph, tokens, quotes);
		}
		int before = at - 1;
		while (before > 1 && tokens.get(before).tag().startsWith("RB")) {
			// "..., even suggesting ..."
			before--;
		}
		IndexedWord own = ownSubject(graph, verb);
		if (verb.tag().equals("VBG") && at >= 2 && "and".equalsIgnoreCase(tokens.get(before).word())
				&& (own == null || own.index() - 1 < before)) {
			// "..., acknowledging that the tweets were not helpful and saying he
			// had urged ...": the parse lent "saying" the subject of the clause
			// the first participle reports; the speaker is that participle's
			for (int i = before - 1; i >= 1 && !tokens.get(i).word().matches("[;.]"); i--) {
				IndexedWord first = graph.getNodeByIndexSafe(i + 1);
				if (first != null && first.tag().equals("VBG") && isQuoteOrComma(tokens, i - 1)) {
					// (a first participle that reports: not "dialing back plans ...,
					// and proposing ...")
					if ((own == null || first.index() < own.index())
							&& SPEECH_VERBS.contains(first.lemma().toLowerCase(Locale.ROOT))) {
						IndexedWord speaker = participleSubject(sentence, graph, first, quotes);
						IndexedWord firstOwn = ownSubject(graph, first);
						return (speaker == null && firstOwn != null && firstOwn.index() < first.index()) ? firstOwn
								: speaker;
					}
					break;
				}
			}
		}
		if (!verb.tag().equals("VBG") || at < 2 || !isQuoteOrComma(tokens, before) || own != null) {
			return null;
		}
		for (int i = at - 1; i >= 1; i--) {
			IndexedWord candidate = graph.getNodeByIndexSafe(i);
			if (candidate != null && candidate.tag().matches("VBD|VBZ|VBP")
					&& SPEECH_VERBS.contains(candidate.lemma().toLowerCase(Locale.ROOT))
					&& !quotes.covers(candidate.beginPosition(), candidate.endPosition())) {
				IndexedWord subject = ownSubject(graph, candidate);
				if (subject != null && subject.index() < at
						&& !quotes.covers(subject.beginPosition(), subject.endPosition())) {
					return subject;
				}
			}
		}
		for (IndexedWord ancestor = graph.getParent(verb); ancestor != null; ancestor = graph.getParent(ancestor)) {
			// "refused to be drawn on whether the minister had read it, saying ...": not
			// the subject of a question or other subordinate clause the participle was
			// hung on, nor of an infinitive ("opened her campaign for a tax increase to
			// pay for the expansion, calling ...", misparsed with the tax as a subject)
			IndexedWord subject = ancestor.tag().startsWith("VB") && !isSubordinate(graph, ancestor)
					&& !hasMark(graph, ancestor, "to") ? ownSubject(graph, ancestor) : null;
			if (subject != null && subject.index() < at) {
				return quotes.covers(subject.beginPosition(), subject.endPosition()) ? null : subject;
			}
		}
		return null;
	}

	/** A clause under a subordinating word ("whether", "if", "because" ...), not "to". */
	private static boolean isSubordinate(SemanticGraph graph, IndexedWord verb) {
		return graph.outgoingEdgeList(verb)
			.stream()
			.anyMatch((edge) -> relation(edge).equals("mark") && edge.getDependent()
				.word()
				.toLowerCase(Locale.ROOT)
				.matches("whether|if|because|although|though|while|when|after|before|since|unless|until"));
	}

	/**
	 * "down from 61 percent in a spring survey", "higher than in other surveys": a survey
	 * named to compare a figure with, not as the source of the sentence.
	 */
	private static boolean isComparedFigure(CoreSentence sentence, IndexedWord in) {
		List<CoreLabel> tokens = sentence.tokens();
		int before = in.index() - 2;
		if (before < 0) {
			return false;
		}
		String word = tokens.get(before).word().toLowerCase(Locale.ROOT);
		return word.equals("than") || word.equals("percent") || word.equals("%") || word.equals("points")
				|| tokens.get(before).tag().equals("CD");
	}

	/**
	 * "In the latest poll, Clinton leads by four points": a survey a finding is reported
	 * in is its source, "in" the cue and the rest of the sentence what it found. Null
	 * unless the survey phrase belongs to the sentence's verb.
	 */
	private Found inSurvey(CoreSentence sentence, SemanticGraph graph, IndexedWord noun, int index, Quotes quotes) {
		IndexedWord in = null;
		for (SemanticGraphEdge edge : graph.outgoingEdgeList(noun)) {
			if (relation(edge).equals("case") && edge.getDependent().word().equalsIgnoreCase("in")) {
				in = edge.getDependent();
			}
		}
		SemanticGraphEdge up = graph.incomingEdgeList(noun).stream().findFirst().orElse(null);
		if (in == null || up == null || !relation(up).equals("obl") || !up.getGovernor().tag().matches("VB.*|JJ.*")
				|| quotes.covers(noun.beginPosition(), noun.endPosition()) || isComparedFigure(sentence, in)) {
			return null;
		}
		Set<Integer> phrase = subtree(graph, noun, Set.of());
		Set<Integer> content = subtree(graph, up.getGovernor(), Set.of());
		content.removeAll(phrase);
		Found f = withContent(index, sentence, graph, noun, content, quotes);
		if (f != null) {
			f.cueOn(in);
		}
		return f;
	}

	/**
	 * A stance its subject takes: an adjective of attitude ("Graham has been critical of
	 * the plan", "aides were coy about the debate", "she is sure that ...") or a verb
	 * with an "about" or "against" topic ("Trump railed against the deal", "he talked
	 * about the economy"). Only people, organisations and personal pronouns take a
	 * stance; the clause or topic is the content. Null when there is none.
	 */
	private Found stance(CoreSentence sentence, SemanticGraph graph, IndexedWord word, int index, Quotes quotes) {
		String lemma = word.lemma().toLowerCase(Locale.ROOT);
		// "worried", "concerned": participles of attitude are adjectives here
		boolean participle = word.tag().equals("VBN")
				&& STANCE_ADJECTIVES.contains(word.word().toLowerCase(Locale.ROOT));
		boolean adjective = word.tag().startsWith("JJ") || participle;
		String idiom = word.tag().startsWith("VB") ? idiom(graph, word) : null;
		if (adjective && !STANCE_ADJECTIVES.contains(lemma)
				&& !STANCE_ADJECTIVES.contains(word.word().toLowerCase(Locale.ROOT))
				|| !adjective && idiom == null && lemma.matches("be|have|do|get|go|come|make|take|say")
				|| quotes.covers(word.beginPosition(), word.endPosition())) {
			return null;
		}
		IndexedWord subject = ownSubject(graph, word);
		if (subject == null && participle) {
			subject = graph.outgoingEdgeList(word)
				.stream()
				.filter((edge) -> relation(edge).equals("nsubj:pass"))
				.map(SemanticGraphEdge::getDependent)
				.findFirst()
				.orElse(null);
		}
		SemanticGraphEdge up = graph.incomingEdgeList(word).stream().findFirst().orElse(null);
		if (subject == null && adjective && up != null && relation(up).equals("xcomp")
				&& up.getGovernor()
					.lemma()
					.toLowerCase(Locale.ROOT)
					.matches("remain|stay|seem|appear|sound|become|grow|feel")) {
			// "the envoy remains hopeful that ...", "she seemed confident that ...": the
			// subject of the verb the adjective completes
			subject = ownSubject(graph, up.getGovernor());
		}
		if (subject == null || subject.index() > word.index() || !isAnimate(graph, subject)
				|| quotes.covers(subject.beginPosition(), subject.endPosition())) {
			return null;
		}
		Set<Integer> content = null;
		List<SemanticGraphEdge> edges = new ArrayList<>(graph.outgoingEdgeList(word));
		for (SemanticGraphEdge edge : graph.outgoingEdgeList(word)) {
			if (relation(edge).equals("advmod")) {
				// "she spoke emotionally of ...": a parse that hangs the topic on the
				// adverb
				edges.addAll(graph.outgoingEdgeList(edge.getDependent()));
			}
		}
		for (SemanticGraphEdge edge : edges) {
			String relation = relation(edge);
			IndexedWord dependent = edge.getDependent();
			if (dependent.index() < word.index()) {
				continue;
			}
			boolean topic = (relation.equals("obl") || relation.equals("nmod") || relation
				.equals("advcl")) && (hasCaseWord(graph, dependent, "about") || hasCaseWord(graph, dependent, "against")
						|| hasMark(graph, dependent, "about")
						|| (adjective || lemma.matches("speak|talk|write|boast"))
								&& (hasCaseWord(graph, dependent, "of") || hasCaseWord(graph, dependent, "over")
										|| hasCaseWord(graph, dependent, "with") || hasMark(graph, dependent, "of")));
			// "doubled down on the claim", "took aim at the plan": an idiom's "on", "at"
			// or
			// "with" phrase
			topic = topic || idiom != null && relation.equals("obl") && !isTemporal(List.of(dependent.backingLabel()))
					&& (hasCaseWord(graph, dependent, "on") || hasCaseWord(graph, dependent, "upon")
							|| hasCaseWord(graph, dependent, "at"));
			if (relation.equals("xcomp") && MOOD_ADJECTIVES.contains(word.word().toLowerCase(Locale.ROOT))) {
				// "glad to be home", "afraid to fly": a mood, not a view
				continue;
			}
			if (topic || adjective && (relation.equals("ccomp") || relation.equals("xcomp"))) {
				content = subtree(graph, dependent, Set.of());
				for (SemanticGraphEdge inner : graph.outgoingEdgeList(dependent)) {
					if (relation(inner).equals("case") || relation(inner).equals("mark")) {
						content.remove(inner.getDependent().index());
					}
				}
				break;
			}
		}
		int[] extent = (content != null) ? extent(sentence, content) : null;
		if (extent == null) {
			return null;
		}
		Found f = spokenBy(index, sentence, graph, word, subject);
		f.cueOn(word);
		f.content(extent, quotes);
		f.weak = true;
		return f;
	}

	/**
	 * "The ruling alarmed environmentalists": a person or body as the object of a verb of
	 * feeling is the source, the verb the cue and its subject what they feel about. Null
	 * unless the object can hold a view and the subject comes before the verb.
	 */
	private Found experiencer(CoreSentence sentence, SemanticGraph graph, IndexedWord verb, int index, Quotes quotes) {
		IndexedWord object = dependentAfter(graph, verb, "obj");
		IndexedWord cause = ownSubject(graph, verb);
		if (object == null || cause == null || cause.index() > verb.index() || !canFeel(graph, object)
				|| quotes.covers(verb.beginPosition(), verb.endPosition())) {
			return null;
		}
		Found f = withContent(index, sentence, graph, object, subtree(graph, cause, Set.of("punct")), quotes);
		if (f != null) {
			f.cueOn(verb);
			f.weak = true;
		}
		return f;
	}

	/**
	 * An object that can feel: a person, body or personal pronoun, or a plural noun for
	 * people by what they do ("environmentalists", "voters", "investors").
	 */
	private static boolean canFeel(SemanticGraph graph, IndexedWord object) {
		String word = object.word().toLowerCase(Locale.ROOT);
		return isAnimate(graph, object) || ANIMATE_OBJECT_PRONOUNS.contains(word)
				|| object.tag().equals("NNS") && word.matches(".*(ists|ers|ors|ians|ants|ents)");
	}

	/**
	 * An idiom of stance the verb heads with its particle or object ("double down", "lash
	 * out", "take aim", "shed light"), or null.
	 */
	private static String idiom(SemanticGraph graph, IndexedWord verb) {
		for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
			String relation = relation(edge);
			if (relation.equals("compound:prt") || relation.equals("obj") || relation.equals("advmod")) {
				String phrase = verb.lemma().toLowerCase(Locale.ROOT) + " "
						+ edge.getDependent().word().toLowerCase(Locale.ROOT);
				if (STANCE_IDIOMS.contains(phrase)) {
					return phrase;
				}
			}
		}
		return null;
	}

	/**
	 * A finding spoken by {@code speaker} with the given content tokens; null when they
	 * cover no text.
	 */
	private Found withContent(int index, CoreSentence sentence, SemanticGraph graph, IndexedWord speaker,
			Set<Integer> content, Quotes quotes) {
		int[] extent = extent(sentence, content);
		if (extent == null) {
			return null;
		}
		Found f = new Found(index);
		f.source = sourceTokens(sentence, graph, speaker);
		f.content(extent, quotes);
		return f;
	}

	/** A finding whose speaker is the subject of the cue word. */
	private Found spokenBy(int index, CoreSentence sentence, SemanticGraph graph, IndexedWord word,
			IndexedWord subject) {
		Found f = new Found(index);
		f.source = new ArrayList<>(sourceTokens(sentence, graph, subject));
		// "“...,” said Caddell", misparsed with the verb describing the name
		f.source.removeIf((token) -> token.index() <= word.index() && word.index() < subject.index());
		if (f.source.isEmpty()) {
			f.source = sourceTokens(sentence, graph, subject);
		}
		if (f.source.size() > 1 && f.source.get(0).tag().equals("CC") && f.source.get(0).index() < subject.index()) {
			// "..., and Clinton is promising ...", misparsed with the conjunction on the
			// name
			f.source.remove(0);
		}
		f.referent = referent(sentence, graph, word, subject);
		f.apposition = apposition(sentence, graph, subject);
		return f;
	}

	/**
	 * A subject that can hold a view: a person or organisation by name, a personal or
	 * relative pronoun, or a noun for people or bodies of people.
	 */
	private static boolean isAnimate(SemanticGraph graph, IndexedWord subject) {
		String word = subject.word().toLowerCase(Locale.ROOT);
		if (subject.tag().startsWith("PRP")) {
			return ANIMATE_PRONOUNS.contains(word);
		}
		if (RELATIVE_PRONOUNS.contains(word)) {
			return word.equals("who");
		}
		if ("PERSON".equals(subject.ner()) || "ORGANIZATION".equals(subject.ner())) {
			return true;
		}
		String lemma = subject.lemma().toLowerCase(Locale.ROOT);
		// "fishermen", "congresswomen", "businessmen": people by their work
		return subject.tag().startsWith("NN") && (PEOPLE_NOUNS.contains(lemma) || Lexicon.HUMAN.contains(lemma)
				|| Lexicon.ROLES.contains(lemma) || isManNoun(subject));
	}

	/**
	 * "fishermen", "a congresswoman", "the Chairman": a common noun or a title ending in
	 * "-man" or "-woman" names people; a proper noun ending so ("the Walkman", "a Batman
	 * film") is a thing, and so are a few common nouns ("a talisman").
	 */
	static boolean isManNoun(IndexedWord noun) {
		String lemma = noun.lemma().toLowerCase(Locale.ROOT);
		return lemma.length() >= 6 && lemma.matches("[a-z]+(man|woman)") && !NOT_PEOPLE_MAN_NOUNS.contains(lemma)
				&& (!noun.tag().startsWith("NNP") || "TITLE".equals(noun.ner()));
	}

	/**
	 * "Sen. Ann Lee (D-Ore.) said": the index before a short parenthesis ending at
	 * {@code at}, else {@code at}.
	 */
	private static int beforeParenthesis(List<CoreLabel> tokens, int at) {
		if (at < 0 || !tokens.get(at).tag().equals("-RRB-")) {
			return at;
		}
		for (int i = at - 1; i >= 0 && i > at - 8; i--) {
			if (tokens.get(i).tag().equals("-LRB-")) {
				return i - 1;
			}
		}
		return at;
	}

	/**
	 * "Citing the new figures, the mayor said ...": a sentence that opens with a
	 * participle clause has the subject of the clause after its comma. Null when there is
	 * none.
	 */
	private static IndexedWord openingParticipleSubject(SemanticGraph graph, List<CoreLabel> tokens, Quotes quotes) {
		int comma = 1;
		while (comma < tokens.size() && !tokens.get(comma).word().equals(",")) {
			comma++;
		}
		for (int k = comma + 1; k < tokens.size(); k++) {
			if (tokens.get(k).tag().matches("VBD|VBZ|VBP")) {
				List<CoreLabel> chunk = subjectBefore(tokens, k);
				if (chunk.isEmpty() || tokens.indexOf(chunk.get(0)) <= comma
						|| quotes.covers(chunk.get(0).beginPosition(), head(chunk).endPosition())) {
					return null;
				}
				return graph.getNodeByIndexSafe(head(chunk).index());
			}
		}
		return null;
	}

	/**
	 * "Asked whether she would run, ...", "Pressed about the emails, ...": a passive
	 * participle opening the sentence, whose subject is the one asked, not the one
	 * asking.
	 */
	private static boolean isOpeningPassiveParticiple(CoreSentence sentence, SemanticGraph graph, IndexedWord verb) {
		if (verb.index() != 1 || !Character.isUpperCase(verb.word().charAt(0)) || ownSubject(graph, verb) != null
				|| sentence.tokens().size() < 3) {
			return false;
		}
		String next = Lexicon.lower(sentence.tokens().get(1));
		return verb.tag().equals("VBN")
				|| verb.tag().equals("VBD") && (CLAUSE_OPENERS.contains(next) || next.matches("about|to|by|for"));
	}

	/**
	 * "“Why should we pay?” asked Councillor Byrne.": the splitter ends the sentence at
	 * the quoted question, so the verb opens the next one with its speaker parsed as an
	 * object. That speaker, when the sentence opens with the verb in lower case right
	 * after a quotation; else null.
	 */
	private static IndexedWord speakerAfterSplitQuote(CoreSentence sentence, SemanticGraph graph, IndexedWord verb,
			Quotes quotes) {
		String lemma = verb.lemma().toLowerCase(Locale.ROOT);
		if (!Character.isLowerCase(verb.word().charAt(0))
				|| !INVERTING_VERBS.contains(lemma) && !lemma.matches("ask|answer|wonder")
				|| quotes.endingBefore(sentence.charOffsets().first()) == null) {
			return null;
		}
		List<CoreLabel> tokens = sentence.tokens();
		List<CoreLabel> after = nounChunk(tokens, 1, true);
		int next = 1 + after.size();
		if (after.isEmpty() || isTemporal(after) || next < tokens.size() && tokens.get(next).tag().matches("VB.*|MD")
				|| !head(after).tag().matches("NNP.*|NNS?|PRP")) {
			return null;
		}
		return graph.getNodeByIndexSafe(head(after).index());
	}

	/**
	 * "A senior official, who asked not to be named, said ...": a finite verb right after
	 * a relative clause set off by commas speaks for the noun before the clause, when the
	 * parse gave it no subject or one inside the clause. The subject otherwise.
	 */
	private static IndexedWord beforeRelativeClause(CoreSentence sentence, SemanticGraph graph, IndexedWord subject,
			IndexedWord verb) {
		List<CoreLabel> tokens = sentence.tokens();
		int at = verb.index() - 1;
		if (!verb.tag().matches("VBD|VBZ|VBP") && (subject != null || !verb.tag().equals("VBN")) || at < 4
				|| !tokens.get(at - 1).word().equals(",")) {
			return subject;
		}
		int who = -1;
		for (int k = at - 2; k >= 2 && k > at - 30; k--) {
			if (isQuoteMark(tokens.get(k))) {
				return subject;
			}
			String word = Lexicon.lower(tokens.get(k));
			if ((word.equals("who") || word.equals("which")) && tokens.get(k - 1).word().equals(",")) {
				who = k;
				break;
			}
		}
		if (who < 0 || subject != null && (subject.index() - 1 < who || subject.index() - 1 > at)) {
			return subject;
		}
		List<CoreLabel> chunk = holderOf(tokens, nounChunk(tokens, who - 2, false));
		if (chunk.isEmpty() || !head(chunk).tag().startsWith("NN") || isTemporal(chunk)) {
			return subject;
		}
		IndexedWord head = graph.getNodeByIndexSafe(head(chunk).index());
		return (head != null) ? head : subject;
	}

	/**
	 * "The Marist poll has the Republican ahead by four points", "a new survey puts
	 * support for the plan at 40 percent": a poll that places someone or something
	 * reports it. The poll is the source, the verb the cue, the rest of the clause the
	 * content; null otherwise.
	 */
	private Found pollPlaces(CoreSentence sentence, SemanticGraph graph, IndexedWord verb, int index, Quotes quotes) {
		if (!verb.tag().startsWith("VB") || !Lexicon.lemma(verb.backingLabel()).matches("have|put|give|place")) {
			return null;
		}
		IndexedWord subject = ownSubject(graph, verb);
		SemanticGraphEdge up = graph.incomingEdgeList(verb).stream().findFirst().orElse(null);
		if (subject == null && up != null && relation(up).equals("dep") && up.getGovernor().tag().equals("VBN")) {
			// "The poll, conducted last week, has ...", misparsed with the participle as
			// the root
			subject = ownSubject(graph, up.getGovernor());
		}
		if (subject == null || !SURVEY_NOUNS.contains(subject.lemma().toLowerCase(Locale.ROOT))
				|| quotes.covers(verb.beginPosition(), verb.endPosition())) {
			return null;
		}
		IndexedWord object = null;
		boolean placing = false;
		for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
			IndexedWord dependent = edge.getDependent();
			String relation = relation(edge);
			if (relation.equals("obj")) {
				object = dependent;
			}
			if (relation.equals("ccomp") && dependent.index() > verb.index()
					&& dependent.lemma().toLowerCase(Locale.ROOT).matches("point|percent|percentage")) {
				// "has the governor nine points behind ...", parsed as a clause with the
				// margin for its verb
				IndexedWord placed = ownSubject(graph, dependent);
				if (placed != null) {
					object = placed;
					placing = true;
				}
			}
			if (dependent.index() > verb.index() && (dependent.word()
				.toLowerCase(Locale.ROOT)
				.matches("ahead|behind|clear|up|down|level|even|tied|leading|trailing|narrowing|winning|losing")
					|| relation.equals("obl") && hasCaseWord(graph, dependent, "at"))) {
				placing = true;
			}
		}
		if (object != null) {
			for (SemanticGraphEdge edge : graph.outgoingEdgeList(object)) {
				if (edge.getDependent().index() > object.index() && edge.getDependent()
					.word()
					.toLowerCase(Locale.ROOT)
					.matches("ahead|behind|leading|trailing")) {
					placing = true;
				}
			}
		}
		if (object != null && !placing) {
			// "puts the Conservatives four points ahead", "has the governor nine points
			// behind": the margin hangs from the verb or the object, "ahead" from it
			// (1-based positions: "ahead" from two to five words after the object, the
			// margin's unit right before it)
			List<CoreLabel> tokens = sentence.tokens();
			for (int at = object.index() + 2; at <= tokens.size() && at <= object.index() + 5; at++) {
				if (Lexicon.lower(tokens.get(at - 1)).matches("ahead|behind|clear")
						&& Lexicon.lower(tokens.get(at - 2)).matches("points?|percent")) {
					placing = true;
				}
			}
		}
		if (object == null || !placing) {
			return null;
		}
		Set<Integer> content = subtree(graph, verb, Set.of());
		content.removeAll(subtree(graph, subject, Set.of()));
		content.removeIf((i) -> i <= verb.index() || isPunctuation(sentence.tokens().get(i - 1)));
		Found f = withContent(index, sentence, graph, subject, content, quotes);
		if (f != null) {
			f.cueOn(verb);
		}
		return f;
	}

	/**
	 * "said goodbye to her volunteers", "the documentary tells the story of a farm", "the
	 * forecast calls for rain", "said to be worth": a greeting, the plot of a work, a
	 * forecast and hearsay before "to be" report nobody's words or views.
	 */
	private static boolean saysNothing(CoreSentence sentence, SemanticGraph graph, IndexedWord verb) {
		List<CoreLabel> tokens = sentence.tokens();
		String lemma = verb.lemma().toLowerCase(Locale.ROOT);
		String after = String.join(" ",
				tokens.subList(verb.index(), Math.min(tokens.size(), verb.index() + 3))
					.stream()
					.map(Lexicon::lower)
					.toList());
		boolean clause = graph.outgoingEdgeList(verb)
			.stream()
			.anyMatch((edge) -> CONTENT_RELATIONS.contains(relation(edge)));
		if ((lemma.equals("say") || lemma.equals("bid")) && !clause && after.matches(
				"((his|her|their|my|our|your|its) )?(goodbyes?|good-byes?|farewells?|hellos?|grace|amen|goodnight|cheers|a (prayer|few prayers|blessing|final farewell)|(a )?(quick |final |last |tearful |fond )?(goodbyes?|farewells?|hellos?)|good (night|morning|bye)|thank you|thanks)\\b.*")) {
			return true;
		}
		if (lemma.equals("warn") && verb.word().equalsIgnoreCase("warning") && !clause
				&& droppedThatWarning(sentence, graph, verb) < 0
				&& graph.outgoingEdgeList(verb)
					.stream()
					.anyMatch((edge) -> relation(edge).equals("obj") && edge.getDependent().index() == verb.index() + 1
							&& WARNING_THINGS.contains(edge.getDependent().lemma().toLowerCase(Locale.ROOT)))) {
			// "fired warning shots", "flashing warning lights", misparsed with "warning"
			// as a participle: a thing that warns, no words
			return true;
		}
		IndexedWord own = ownSubject(graph, verb);
		List<CoreLabel> before = nounChunk(tokens, verb.index() - 2, false);
		String subject = (own != null) ? own.lemma().toLowerCase(Locale.ROOT)
				: before.isEmpty() ? "" : Lexicon.lemma(head(before));
		if (lemma.equals("tell")
				&& after.matches("(the|a|an|its) (true |untold |remarkable |moving )?(story|tale|saga|history)\\b.*")
				&& subject
					.matches("documentary|film|movie|book|novel|play|musical|series|show|episode|exhibit|exhibition"
							+ "|museum|album|song|opera|memoir|biography|podcast|drama|comedy|miniseries|sitcom")) {
			return true;
		}
		if (HEARSAY_CONTROLLERS.contains(lemma) && after.matches("to be\\b.*")) {
			// "the penthouse, said to be worth $90 million, ...": hearsay
			// about a thing or a person, with no speaker (misparsed as the
			// subject's report)
			return true;
		}
		return lemma.equals("call") && subject.matches("forecast|outlook|weather|recipe|menu|forecaster");
	}

	/**
	 * "A senior aide to the speaker, who ...", "a spokesman for the mayor, who ...", "a
	 * friend of the candidate, who ...": the person whose role is named before the
	 * preposition, not the one it relates them to; else the chunk itself.
	 */
	private static List<CoreLabel> holderOf(List<CoreLabel> tokens, List<CoreLabel> chunk) {
		int before = chunk.isEmpty() ? -1 : chunk.get(0).index() - 2;
		if (before < 1 || !tokens.get(before).word().matches("to|for|of|at|with|close")) {
			return chunk;
		}
		if (tokens.get(before).word().equals("close") && before >= 2) {
			before--;
		}
		List<CoreLabel> holder = nounChunk(tokens, before - 1, false);
		return (!holder.isEmpty() && RELATIONAL_NOUNS.contains(Lexicon.lemma(head(holder)))) ? holder : chunk;
	}

	/**
	 * 'wrote that “... a system that is falling apart” and urged ...', misparsed with the
	 * verb after the quotation in a relative clause inside it: the relative pronoun
	 * speaks for no one.
	 */
	private static boolean relativeInsideQuote(CoreSentence sentence, IndexedWord subject, IndexedWord verb) {
		if (!subject.tag().equals("WDT") || subject.index() > verb.index()) {
			return false;
		}
		return sentence.tokens()
			.subList(subject.index(), verb.index() - 1)
			.stream()
			.anyMatch((token) -> "''".equals(token.tag()));
	}

	/**
	 * "Back when he wrote his book, Mr. Lane said ...": a parse that makes the name just
	 * before the verb an apposition to an earlier noun has the name as the subject.
	 */
	private static IndexedWord nameBeforeVerb(CoreSentence sentence, SemanticGraph graph, IndexedWord subject,
			IndexedWord verb) {
		if (subject == null || subject.index() > verb.index()) {
			return subject;
		}
		List<CoreLabel> tokens = sentence.tokens();
		for (SemanticGraphEdge edge : graph.outgoingEdgeList(subject)) {
			IndexedWord appos = edge.getDependent();
			// also a name hanging loose from a noun it follows ("the joke Maria Lindqvist
			// told ...", a relative clause without "that")
			// or a body after a counted group ("among them some 10,000 North Korean
			// soldiers, the Ministry of Defence said")
			boolean counted = "ORGANIZATION".equals(appos.ner())
					&& graph.outgoingEdgeList(subject).stream().anyMatch((out) -> relation(out).equals("nummod"));
			if (!relation(edge).equals("appos") && !relation(edge).equals("dep")
					|| !"PERSON".equals(appos.ner()) && !counted) {
				continue;
			}
			int last = new TreeSet<>(subtree(graph, appos, Set.of("punct"))).last();
			int between = last;
			while (between < verb.index() - 1 && isPunctuation(tokens.get(between))) {
				between++;
			}
			// (a body after a counted group only right before the verb, no comma
			// between: not "Two UN agencies, UNICEF and the WFP, said")
			if (between == verb.index() - 1 && last < verb.index() && (!counted || last == verb.index() - 1)) {
				return appos;
			}
		}
		return subject;
	}

	/**
	 * A line label that names a speaker ("PENCE:", "Pence:", "Poll:"), not an editor's
	 * ("The Latest:", "Correction:").
	 */
	private static boolean isSpeakerName(List<CoreLabel> name) {
		String words = name.stream().map(CoreLabel::word).reduce((a, b) -> a + " " + b).orElse("");
		// a headline or section title has words a name does not ("Rates on the
		// Rise: ...", "Back to the Polls: ...")
		boolean title = name.stream()
			.skip(1)
			.anyMatch((token) -> TITLE_WORDS.contains(token.word().toLowerCase(Locale.ROOT)));
		// nor a dateline ("WASHINGTON: “We are ready,” the president said")
		boolean dateline = name.stream()
			.allMatch((token) -> token.word().equals(token.word().toUpperCase(Locale.ROOT))
					&& PLACE_TAGS.contains(token.ner()));
		// nor a table's label ("Killed: 4 | Wounded: 27")
		boolean label = name.size() == 1 && (Lexicon.kindOf(name.get(0)) != null || name.get(0)
			.word()
			.toLowerCase(Locale.ROOT)
			.matches("date|time|location|place|ages?|region|district|status|type|casualties|toll"));
		return !title && !dateline && !label
				&& !words.matches("(?i)(THE )?(CORRECTION|CLARIFICATION|UPDATE|UPDATED|SOURCES?|NOTE|EDITOR'?S NOTE"
						+ "|RELATED|WATCH|READ MORE|PHOTO|VIDEO|FULL TEXT|ABSTRACT|LATEST)");
	}

	/**
	 * "Ross continued: ..." and "“...,” she continued": "continue" reports speech next to
	 * a colon or a quotation; the verbs of {@link #QUOTE_TAG_VERBS} ("“...,” Mr. Raines
	 * snapped", "“...,” she cut in") only as the tag right after a quotation.
	 */
	private static boolean continuesSpeech(CoreSentence sentence, SemanticGraph graph, IndexedWord verb,
			Quotes quotes) {
		String lemma = verb.lemma().toLowerCase(Locale.ROOT);
		List<CoreLabel> tokens = sentence.tokens();
		int at = verb.index() - 1;
		// "She went on: “...”" as "She continued: “...”", said of someone ("The Gap Goes
		// On:" heads a section)
		boolean goesOn = "go".equals(lemma) && at + 1 < tokens.size()
				&& tokens.get(at + 1).word().equalsIgnoreCase("on")
				&& graph.outgoingEdgeList(verb)
					.stream()
					.anyMatch((edge) -> relation(edge).equals("nsubj") && isAnimate(graph, edge.getDependent()));
		int particle = goesOn ? 1 : 0;
		boolean continues = "continue".equals(lemma) || goesOn;
		if (!continues && !QUOTE_TAG_VERBS.containsKey(lemma)) {
			return false;
		}
		String next = (at + 1 + particle < tokens.size()) ? tokens.get(at + 1 + particle).word() : "";
		if (!continues && !QUOTE_TAG_VERBS.get(lemma).isEmpty() && !next.equalsIgnoreCase(QUOTE_TAG_VERBS.get(lemma))) {
			// "cut in", "chime in", "pipe up": only with the particle
			return false;
		}
		// "“...,” Smith continued" and "“...,” she continued": the speaker's name or
		// pronoun (or a short noun phrase, "the senator") between the quotation and the
		// verb
		int before = at - 1;
		while (before > 0 && before >= at - 4 && tokens.get(before).tag().matches("NNPS?|PRP|NNS?|DT|JJ")) {
			before--;
		}
		// "He went on: he ran for the Senate" is narration: "went on" only before a
		// quotation
		boolean quoteNext = at + 2 + particle < tokens.size() && isQuoteMark(tokens.get(at + 2 + particle));
		return continues && (next.equals(":") && (!goesOn || quoteNext) || next.equals(",") && quoteNext)
				|| isQuoteOrComma(tokens, before) && before >= 1
						&& quotes.covers(tokens.get(0).beginPosition(), tokens.get(before).endPosition())
				|| !continues && tagsQuoteBefore(sentence, at, quotes);
	}

	/**
	 * "“Says who?” the chairman snapped.": the quotation's "?" or "!" ends the sentence,
	 * and the tag after it is a sentence of its own that opens with the speaker (a
	 * pronoun, a name or a short lower-case noun phrase) right before the verb at
	 * {@code at}; not "“Run!” The branch snapped", a new sentence.
	 */
	private static boolean tagsQuoteBefore(CoreSentence sentence, int at, Quotes quotes) {
		List<CoreLabel> tokens = sentence.tokens();
		if (at < 1 || at > 4 || quotes.endingBefore(sentence.charOffsets().first()) == null) {
			return false;
		}
		for (int k = 0; k < at; k++) {
			if (!tokens.get(k).tag().matches("NNPS?|PRP|NNS?|DT|JJ")) {
				return false;
			}
		}
		CoreLabel first = tokens.get(0);
		return (Character.isLowerCase(first.word().charAt(0)) || first.tag().startsWith("NNP"))
				&& endsTheTag(tokens, at);
	}

	/**
	 * A manner verb of a quote tag ends it, with its particle ("the chairman snapped.",
	 * "she cut in,", "he snapped at the referee", "she snapped when ..."); not "Martinez
	 * snapped a photo" or "Congress cut in half the funding", a sentence of its own.
	 */
	private static boolean endsTheTag(List<CoreLabel> tokens, int at) {
		String particle = QUOTE_TAG_VERBS.get(Lexicon.lemma(tokens.get(at)));
		if (particle == null) {
			return true;
		}
		int after = at + (particle.isEmpty() ? 1 : 2);
		return after >= tokens.size() || tokens.get(after).tag().matches("[.,:]|``|''|WRB")
				|| Set.of("at", "as", "before", "after", "while", "again", "back")
					.contains(Lexicon.lower(tokens.get(after)));
	}

	/**
	 * A verb of {@link #QUOTE_TAG_VERBS} at {@code at} with the particle it needs ("cut
	 * in"), tagging the quotation that ends right before its sentence.
	 */
	private static boolean isSplitQuoteTag(CoreSentence sentence, int at, Quotes quotes) {
		List<CoreLabel> tokens = sentence.tokens();
		String particle = QUOTE_TAG_VERBS.get(Lexicon.lemma(tokens.get(at)));
		return particle != null && tokens.get(at).tag().startsWith("VB")
				&& (particle.isEmpty() || at + 1 < tokens.size() && Lexicon.lower(tokens.get(at + 1)).equals(particle))
				&& tagsQuoteBefore(sentence, at, quotes);
	}

	/**
	 * "Trump called for a ban", "the mayor called Friday on police to release ...":
	 * "call" followed by "for" or "on" is a demand.
	 */
	private static boolean callsFor(CoreSentence sentence, IndexedWord verb) {
		String lemma = verb.lemma().toLowerCase(Locale.ROOT);
		if (PUSHING_VERBS.contains(lemma) && !CLAUSE_VERBS.contains(lemma) && !SPEECH_VERBS.contains(lemma)) {
			// "the governor is pushing for a special session", "unions pressed for a
			// raise" (not "pressed for time", "pushed for the exit")
			List<CoreLabel> tokens = sentence.tokens();
			int next = verb.index();
			if (next + 1 >= tokens.size() || !Lexicon.lower(tokens.get(next)).equals("for")) {
				return false;
			}
			int object = next + 1;
			// the noun after its determiner, numbers and adjectives: nor "pressed for ten
			// hours", "pushed for a third straight week", "pushed for a comeback"
			while (object + 1 < tokens.size() && tokens.get(object).tag().matches("DT|PRP\\$|CD|JJ|RB")) {
				object++;
			}
			return !Lexicon.lower(tokens.get(object))
				.matches("time|space|room|air|breath|money|cash|years?|months?|weeks?|days?|hours?|miles?|exits?"
						+ "|doors?|gates?|front|shore|line|goal|ball|lead|top|finish|cover|shelter|position"
						+ "|comeback|victory|win|equali[sz]er|winner|touchdown|score|points?|runs?|yards?");
		}
		if (!"call".equals(lemma)) {
			return false;
		}
		List<CoreLabel> tokens = sentence.tokens();
		int next = verb.index();
		while (next < tokens.size() && next < verb.index() + 3
				&& (tokens.get(next).tag().startsWith("RB") || isTemporal(List.of(tokens.get(next))))) {
			next++;
		}
		return next < tokens.size() && tokens.get(next).word().toLowerCase(Locale.ROOT).matches("for|on|upon");
	}

	/**
	 * "The New York Times reports:" or "He said:" closing a sentence: what was said is
	 * the paragraph that follows. Its extent, or null.
	 */
	private static int[] afterColon(CoreSentence sentence, IndexedWord verb) {
		List<CoreLabel> tokens = sentence.tokens();
		int colon = verb.index();
		if (colon >= tokens.size() || !tokens.get(colon).word().equals(":")
				|| !onlyPunctuation(tokens, colon, tokens.size())) {
			return null;
		}
		String text = sentence.document().text();
		int start = tokens.get(colon).endPosition();
		while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		int end = text.indexOf('\n', start);
		end = (end < 0) ? text.length() : end;
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		return (end > start) ? new int[] { start, end } : null;
	}

	/**
	 * True when the tokens hold a cue phrase of words that are no cues alone ("made the
	 * case that", "made it clear", "continued:"): the pipeline parses such a sentence
	 * too.
	 */
	static boolean hasCuePhrase(List<CoreLabel> tokens) {
		for (int i = 0; i + 1 < tokens.size(); i++) {
			String lemma = Lexicon.lemma(tokens.get(i));
			if (lemma.equals("continue") && tokens.get(i + 1).word().equals(":") && i + 2 == tokens.size()) {
				// "Caddell continued:" ending the sentence before a quotation in the next
				// paragraph
				return true;
			}
			if (i + 2 >= tokens.size()) {
				continue;
			}
			if (PUSHING_VERBS.contains(lemma) && tokens.get(i).tag().startsWith("VB")
					&& Lexicon.lower(tokens.get(i + 1)).equals("for")) {
				return true;
			}
			if (lemma.equals("return") && tokens.get(i).tag().startsWith("VB")
					&& tokens.subList(i + 1, Math.min(tokens.size(), i + 5))
						.stream()
						.anyMatch((t) -> CALL_NOUNS.contains(Lexicon.lemma(t)))) {
				// "did not return a phone message left on Monday" (see leavesUnreturned)
				return true;
			}
			if (REACTION_NOUNS.contains(lemma) && tokens.get(i).tag().startsWith("NN")
					&& (Lexicon.lower(tokens.get(i + 1)).equals("from")
							|| Lexicon.lower(tokens.get(i + 2)).equals("from"))) {
				// "drew criticism from ...", "drew praise both from ..."
				return true;
			}
			if (Lexicon.lower(tokens.get(i)).equals("in")) {
				// "in the words of one aide", "in Ms. Kaur's words"
				for (int j = i + 1; j < Math.min(tokens.size(), i + 7); j++) {
					if (Lexicon.lower(tokens.get(j)).equals("words")) {
						return true;
					}
				}
			}
			if (lemma.equals("hold") && tokens.get(i).tag().startsWith("VB")
					&& Lexicon.lower(tokens.get(i + 1)).equals("that")) {
				// "the court held that ..."
				return true;
			}
			String second = Lexicon.lower(tokens.get(i + 2));
			if (lemma.equals("make") && (second.equals("case") || second.equals("clear")
					|| Lexicon.lower(tokens.get(i + 1)).equals("clear"))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "made the case that ...", "make the case for ...", "made it clear (that) ...",
	 * "made clear that ...": "make" with a case argued or a point made clear reports
	 * speech.
	 */
	private static boolean makesTheCase(CoreSentence sentence, SemanticGraph graph, IndexedWord verb) {
		if (!"make".equals(verb.lemma().toLowerCase(Locale.ROOT))) {
			return false;
		}
		List<CoreLabel> tokens = sentence.tokens();
		int at = verb.index();
		String next = (at < tokens.size()) ? Lexicon.lower(tokens.get(at)) : "";
		String second = (at + 1 < tokens.size()) ? Lexicon.lower(tokens.get(at + 1)) : "";
		String third = (at + 2 < tokens.size()) ? Lexicon.lower(tokens.get(at + 2)) : "";
		boolean theCase = next.matches("the|a|his|her|their|its|our") && second.equals("case")
				&& third.matches("that|for|to|against");
		boolean clear = next.equals("it") && second.equals("clear") || next.equals("clear") && second.equals("that");
		return theCase || clear;
	}

	/**
	 * A capitalised verb between two capitalised names in a sentence that is no headline
	 * (it has a content word in lower case): part of a name, as in "Bayside Says Avenue"
	 * or "the Simon Says Foundation".
	 */
	private static boolean isInName(CoreSentence sentence, IndexedWord verb) {
		List<CoreLabel> tokens = sentence.tokens();
		int at = verb.index() - 1;
		if (at < 1 || at + 1 >= tokens.size() || !Character.isUpperCase(verb.word().charAt(0))) {
			return false;
		}
		CoreLabel before = tokens.get(at - 1);
		CoreLabel after = tokens.get(at + 1);
		if (!before.tag().startsWith("NNP") || !after.tag().startsWith("NNP")
				|| !Character.isUpperCase(after.word().charAt(0)) || !Character.isUpperCase(before.word().charAt(0))) {
			return false;
		}
		return tokens.stream()
			.anyMatch((token) -> token.tag().matches("NN|NNS|VB.*|JJ.*")
					&& Character.isLowerCase(token.word().charAt(0)) && token.word().length() > 3);
	}

	/**
	 * A verb after "to" whose parsed subject is the noun just before the "to": "the
	 * governor's pledge to veto ...", where the infinitive completes the noun.
	 */
	private static boolean isNounsInfinitive(SemanticGraph graph, IndexedWord verb) {
		IndexedWord to = markOf(graph, verb, "to");
		if (to == null) {
			return false;
		}
		return graph.outgoingEdgeList(verb)
			.stream()
			.anyMatch((edge) -> relation(edge).equals("nsubj") && edge.getDependent().index() == to.index() - 1
					&& edge.getDependent().tag().startsWith("NN")
					&& CUE_NOUNS.contains(edge.getDependent().lemma().toLowerCase(Locale.ROOT)));
	}

	private static IndexedWord markOf(SemanticGraph graph, IndexedWord verb, String mark) {
		for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
			if (relation(edge).equals("mark") && edge.getDependent().word().equalsIgnoreCase(mark)) {
				return edge.getDependent();
			}
		}
		return null;
	}

	/**
	 * "The court held that ...", "the judges held unanimously that ...": "hold" with a
	 * "that" clause states a ruling or a view (not "held a rally that drew ...").
	 */
	private static boolean holdsThat(CoreSentence sentence, SemanticGraph graph, IndexedWord verb) {
		if (!"hold".equals(verb.lemma().toLowerCase(Locale.ROOT))) {
			return false;
		}
		List<CoreLabel> tokens = sentence.tokens();
		int at = verb.index();
		while (at < tokens.size() && tokens.get(at).tag().startsWith("RB")) {
			at++;
		}
		if (at >= tokens.size() || !Lexicon.lower(tokens.get(at)).equals("that")) {
			return false;
		}
		int that = at + 1;
		return graph.outgoingEdgeList(verb)
			.stream()
			.anyMatch((edge) -> relation(edge).equals("ccomp") && graph.outgoingEdgeList(edge.getDependent())
				.stream()
				.anyMatch((inner) -> relation(inner).equals("mark") && inner.getDependent().index() == that));
	}

	/**
	 * "Employers added 200,000 jobs", "the airline added two flights": "add" with a
	 * counted noun for its object and no clause adds a thing and says nothing.
	 */
	private static boolean addsAThing(SemanticGraph graph, IndexedWord verb, Quotes quotes) {
		if (!"add".equals(verb.lemma().toLowerCase(Locale.ROOT))) {
			return false;
		}
		List<SemanticGraphEdge> edges = graph.outgoingEdgeList(verb);
		return edges.stream().noneMatch((edge) -> relation(edge).equals("ccomp")) && edges.stream()
			.anyMatch((edge) -> relation(edge).equals("obj") && edge.getDependent().tag().startsWith("NN")
					&& graph.outgoingEdgeList(edge.getDependent())
						.stream()
						.anyMatch((counted) -> relation(counted).equals("nummod"))
					&& !quotes.covers(edge.getDependent().beginPosition(), edge.getDependent().endPosition()));
	}

	/** What a reporter leaves a source to answer: a call, a message, a request. */
	private static final Set<String> CALL_NOUNS = Set.of("call", "message", "email", "e-mail", "request", "inquiry",
			"enquiry", "query", "voicemail");

	/**
	 * "did not return calls seeking comment", "has not returned repeated requests for an
	 * interview": like "did not respond to a request for comment", a (negated) report
	 * that PolNeAR annotates; not "did not return fire" or "returned the call".
	 */
	private static boolean leavesUnreturned(SemanticGraph graph, IndexedWord verb) {
		if (!verb.tag().startsWith("VB") || !verb.lemma().equalsIgnoreCase("return")) {
			return false;
		}
		boolean negated = graph.outgoingEdgeList(verb)
			.stream()
			.anyMatch((edge) -> relation(edge).matches("advmod|neg")
					&& edge.getDependent().word().toLowerCase(Locale.ROOT).matches("not|n't|never"));
		return negated && graph.outgoingEdgeList(verb)
			.stream()
			.anyMatch((edge) -> relation(edge).equals("obj")
					&& CALL_NOUNS.contains(edge.getDependent().lemma().toLowerCase(Locale.ROOT)));
	}

	/**
	 * "Doctors are warning signs of heat stroke are often missed", "the governor is
	 * warning lights could go out": a progressive "warning" with a dropped "that" before
	 * a warning thing and a verb of its own (or from people) reports that clause; the
	 * 0-based index of its first word, or -1 (not "fired warning shots", "these are
	 * warning signs of a stroke", "were warning signs that ...").
	 */
	private static int droppedThatWarning(CoreSentence sentence, SemanticGraph graph, IndexedWord verb) {
		List<CoreLabel> tokens = sentence.tokens();
		int next = verb.index();
		if (!verb.word().equalsIgnoreCase("warning") || verb.index() < 2 || next >= tokens.size()
				|| !Lexicon.lower(tokens.get(verb.index() - 2))
					.matches("is|are|was|were|'s|'re|be|been|am|'m|keeps?|kept|continues?|continued")
				|| !WARNING_THINGS.contains(Lexicon.lemma(tokens.get(next)).toLowerCase(Locale.ROOT))) {
			return -1;
		}
		IndexedWord subject = ownSubject(graph, verb);
		if (subject != null && subject.index() < verb.index() && isAnimate(graph, subject)) {
			// "Analysts are warning signals from the bond market ...": people warn
			return next;
		}
		for (int i = next + 1; i < tokens.size(); i++) {
			String word = Lexicon.lower(tokens.get(i));
			if (word.matches("[,;:]|that|which|who|and|or|but")) {
				return -1;
			}
			if (tokens.get(i).tag().matches("VBZ|VBP|VBD|MD")) {
				return next;
			}
		}
		return -1;
	}

	/**
	 * "The moderator pressed the governor on whether he would ...", "reporters pressed
	 * him about why ...": pressing someone on a question asks it (not "pressed charges",
	 * "pressed on toward the river", "pressed for a vote").
	 */
	private static boolean pressesOn(CoreSentence sentence, SemanticGraph graph, IndexedWord verb) {
		return pressedQuestion(sentence, graph, verb) >= 0;
	}

	/**
	 * The 0-based index of the question word in "pressed the mayor on whether ...", or
	 * -1: only a person or organisation pressed is asked ("pressed charges against the
	 * driver over whether ...", "pressed its advance on what remained of ...", "pressed
	 * their demands on how ..." ask nothing).
	 */
	private static int pressedQuestion(CoreSentence sentence, SemanticGraph graph, IndexedWord verb) {
		if (!verb.lemma().equalsIgnoreCase("press") || graph.outgoingEdgeList(verb)
			.stream()
			.noneMatch((edge) -> relation(edge).equals("obj") && edge.getDependent().index() > verb
				.index() && (isAnimate(graph, edge.getDependent())
						|| edge.getDependent().word().toLowerCase(Locale.ROOT).matches("him|her|them|us|me|you")))) {
			return -1;
		}
		List<CoreLabel> tokens = sentence.tokens();
		for (int i = verb.index(); i + 1 < tokens.size() && i <= verb.index() + 8; i++) {
			String word = Lexicon.lower(tokens.get(i));
			if (word.matches("[,.;:]")) {
				return -1;
			}
			if (word.matches("on|about|over")
					&& Lexicon.lower(tokens.get(i + 1)).matches("whether|why|how|what|if|when|where|who")) {
				return i + 1;
			}
		}
		return -1;
	}

	/**
	 * "“...,” Mr. Reyes shot back", "she fired back that ...": a retort, when the verb
	 * with "back" has a clause or quotation (with only an "at" phrase, or a "saying"
	 * participle that reports by itself, it is a stance).
	 */
	private static boolean firesBack(SemanticGraph graph, IndexedWord verb) {
		if (!RETORT_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
			return false;
		}
		IndexedWord next = graph.getNodeByIndexSafe(verb.index() + 1);
		IndexedWord before = graph.getNodeByIndexSafe(verb.index() - 1);
		if (next != null && next.word().equalsIgnoreCase("back") && before != null
				&& before.word().matches("''|”|\"")) {
			// "“...,” shot back Ms. Trevino": right after the quotation it answers
			return true;
		}
		List<SemanticGraphEdge> edges = graph.outgoingEdgeList(verb);
		if (edges.stream()
			.noneMatch((edge) -> relation(edge).matches("advmod|compound:prt")
					&& edge.getDependent().word().equalsIgnoreCase("back"))) {
			return false;
		}
		IndexedWord subject = edges.stream()
			.filter((edge) -> relation(edge).equals("nsubj") && edge.getDependent().index() < verb.index())
			.map(SemanticGraphEdge::getDependent)
			.findFirst()
			.orElse(null);
		if (subject != null) {
			// "“...,” Mr. Haskins shot back": the speaker right after the quotation, the
			// verb hung from the quotation's own verb
			int first = graph.descendants(subject).stream().mapToInt(IndexedWord::index).min().orElse(subject.index());
			IndexedWord quote = graph.getNodeByIndexSafe(first - 1);
			if (quote != null && quote.word().matches("''|”|\"")) {
				return true;
			}
		}
		return edges.stream()
			.anyMatch((edge) -> relation(edge).matches("ccomp|parataxis") && !edge.getDependent().tag().equals("VBG"));
	}

	/**
	 * "in writing" with nothing of its own ("informed the committee in writing that
	 * ..."), or with only the document written ("In writing the memo, the aide warned
	 * ...", "In drafting the letter, ..."): the manner of another verb's report.
	 */
	private static boolean isInWriting(SemanticGraph graph, IndexedWord verb) {
		boolean writing = verb.word().equalsIgnoreCase("writing")
				|| verb.tag().equals("VBG") && verb.lemma().toLowerCase(Locale.ROOT).matches("write|draft|pen|compose");
		if (!writing || !(hasCaseWord(graph, verb, "in") || hasMark(graph, verb, "in"))) {
			return false;
		}
		return graph.outgoingEdgeList(verb)
			.stream()
			.allMatch((edge) -> relation(edge).matches("case|mark|punct|obj|advmod")
					&& (!relation(edge).equals("obj") || edge.getDependent().tag().startsWith("NN")));
	}

	/**
	 * "as the senator put it": a speaker's wording; "local officials put the death toll
	 * at 35": a speaker's figure.
	 */
	private static boolean isPutIt(SemanticGraph graph, IndexedWord verb) {
		return "put".equals(verb.lemma().toLowerCase(Locale.ROOT)) && graph.outgoingEdgeList(verb)
			.stream()
			.anyMatch((edge) -> relation(edge).equals("obj") && (edge.getDependent().word().equalsIgnoreCase("it")
					|| TALLY_NOUNS.contains(edge.getDependent().lemma().toLowerCase(Locale.ROOT))
							&& speakerSubject(graph, verb)
							&& graph.outgoingEdgeList(verb)
								.stream()
								.anyMatch((at) -> relation(at).matches("obl|nmod")
										&& hasCaseWord(graph, at.getDependent(), "at"))));
	}

	/**
	 * A person, people or a body as the verb's subject: "officials put the toll at 35",
	 * "the army put the toll at 45", not "the discovery of 12 more bodies put the toll at
	 * 52".
	 */
	private static boolean speakerSubject(SemanticGraph graph, IndexedWord verb) {
		return graph.outgoingEdgeList(verb)
			.stream()
			.anyMatch((edge) -> relation(edge).equals("nsubj")
					&& (isAnimate(graph, edge.getDependent()) || isIssuer(edge.getDependent())
							|| Set.of("government", "ministry", "committee", "authorities", "agency", "group")
								.contains(edge.getDependent().lemma().toLowerCase(Locale.ROOT))
							|| Set.of("LOCATION", "COUNTRY", "CITY").contains(edge.getDependent().ner())));
	}

	/** What a speaker "puts at" a number. */
	private static final Set<String> TALLY_NOUNS = Set.of("toll", "number", "figure", "tally", "total", "count", "loss",
			"losses", "casualty", "casualties", "cost", "estimate");

	/**
	 * "As first reported by Politico, the chairman plans ...", "The chairman, as reported
	 * by The Post, plans ...": a participle after "as" (and at most one adverb) with a
	 * "by" agent right after it, which the parse often gets wrong (with "first" for its
	 * subject, or "as" for the root). The agent is the source, the sentence outside the
	 * "as" phrase the content; null for any other shape.
	 */
	private Found asReportedBy(CoreSentence sentence, IndexedWord verb, int index, Quotes quotes) {
		List<CoreLabel> tokens = sentence.tokens();
		int at = verb.index() - 1;
		String lemma = verb.lemma().toLowerCase(Locale.ROOT);
		if (!verb.tag().matches("VBN|VBD") || !SPEECH_VERBS.contains(lemma) && !AGENT_VERBS.contains(lemma)
				|| at + 2 >= tokens.size() || !tokens.get(at + 1).word().equalsIgnoreCase("by")) {
			return null;
		}
		int as = at - 1;
		if (as >= 1 && tokens.get(as).tag().matches("RB|JJ") && !tokens.get(as).word().equalsIgnoreCase("as")) {
			as--;
		}
		if (as < 0 || !tokens.get(as).word().equalsIgnoreCase("as") || as > 0 && !isQuoteOrComma(tokens, as - 1)) {
			return null;
		}
		List<CoreLabel> agent = nounChunk(tokens, at + 2, true);
		while (!agent.isEmpty() && agent.get(agent.size() - 1).tag().matches("CC|DT|POS")) {
			agent = agent.subList(0, agent.size() - 1);
		}
		int end = at + 2 + agent.size();
		if (agent.isEmpty() || !head(agent).tag().startsWith("NN") || isTemporal(agent)
				|| quotes.covers(agent.get(0).beginPosition(), head(agent).endPosition())
				|| end < tokens.size() && !tokens.get(end).word().matches("[,.;]")) {
			return null;
		}
		Set<Integer> content = new HashSet<>();
		for (int i = 0; i < tokens.size(); i++) {
			if (i < as || i >= end) {
				content.add(i + 1);
			}
		}
		Found f = foundWith(sentence, agent, content, verb, index, quotes);
		if (f != null) {
			f.weak = !SPEECH_VERBS.contains(lemma);
		}
		return f;
	}

	/**
	 * A report by {@code source} at {@code verb} of the given content tokens (1-based
	 * indices), or null when the content is shorter than two words.
	 */
	private Found foundWith(CoreSentence sentence, List<CoreLabel> source, Set<Integer> content, IndexedWord verb,
			int index, Quotes quotes) {
		int[] extent = extent(sentence, content);
		if (extent == null || extent[1] - extent[0] < 2) {
			return null;
		}
		Found f = new Found(index);
		f.source = new ArrayList<>(source);
		f.content(extent, quotes);
		f.cueOn(verb);
		return f;
	}

	/**
	 * "Russia's RIA news agency quoted the deputy minister as saying Moscow would ...":
	 * the active "quoted", the one quoted and "as saying" right after: the agency reports
	 * what follows "saying", whatever the parse made of the participle (it may hang
	 * "saying" on the noun after it). Null otherwise.
	 */
	private Found quotedAsSaying(CoreSentence sentence, IndexedWord verb, int index, Quotes quotes) {
		List<CoreLabel> tokens = sentence.tokens();
		int at = verb.index() - 1;
		if (!verb.lemma().equalsIgnoreCase("quote") || !verb.tag().matches("VBD|VBZ|VBP")
				|| quotes.covers(verb.beginPosition(), verb.endPosition())) {
			return null;
		}
		int as = at + 2;
		while (as + 1 < tokens.size() && as <= at + 10 && !tokens.get(as).tag().startsWith("VB")
				&& !tokens.get(as).word().matches("[,;:.]") && !tokens.get(as).word().equalsIgnoreCase("as")) {
			as++;
		}
		if (as + 2 >= tokens.size() || !tokens.get(as).word().equalsIgnoreCase("as")
				|| !tokens.get(as + 1).word().equalsIgnoreCase("saying")) {
			return null;
		}
		List<CoreLabel> source = subjectBefore(tokens, at);
		if (source.isEmpty() || isTemporal(source)) {
			return null;
		}
		Set<Integer> content = new HashSet<>();
		for (int i = as + 2; i < tokens.size(); i++) {
			content.add(i + 1);
		}
		return foundWith(sentence, source, content, verb, index, quotes);
	}

	/**
	 * A passive with its agent: "The story was first reported by The Ledger", "videos
	 * circulated on Telegram by the army". The agent is the source, the passive subject
	 * (or the noun the participle describes) the content.
	 */
	private Found byAgent(CoreSentence sentence, SemanticGraph graph, IndexedWord verb, int index, Quotes quotes) {
		IndexedWord agent = null;
		for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
			String relation = relation(edge);
			IndexedWord dependent = edge.getDependent();
			if ((relation.equals("obl") || relation.equals("nmod")) && dependent.index() > verb.index()
					&& dependent.tag().matches("NN.*|PRP") && hasCaseWord(graph, dependent, "by")) {
				agent = dependent;
			}
		}
		if (agent == null || quotes.covers(agent.beginPosition(), agent.endPosition())) {
			return null;
		}
		IndexedWord patient = null;
		for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
			if (relation(edge).equals("nsubj:pass")) {
				patient = edge.getDependent();
			}
		}
		IndexedWord clause = dependentAfter(graph, verb, "ccomp");
		Set<Integer> content;
		if (clause != null && ADDRESSEE_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
			// "lawmakers were told by the agency that the data had been lost": what
			// they were told, not who
			content = subtree(graph, clause, Set.of());
		}
		else if (patient != null) {
			content = subtree(graph, patient, Set.of());
		}
		else {
			SemanticGraphEdge up = graph.incomingEdgeList(verb).stream().findFirst().orElse(null);
			if (up == null || !relation(up).startsWith("acl") || !up.getGovernor().tag().startsWith("NN")) {
				return null;
			}
			content = subtree(graph, up.getGovernor(), Set.of());
			content.removeAll(subtree(graph, verb, Set.of()));
		}
		Found f = withContent(index, sentence, graph, agent, content, quotes);
		if (f == null) {
			return null;
		}
		f.apposition = apposition(sentence, graph, agent);
		cue(f, sentence, graph, verb);
		f.weak = !SPEECH_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT));
		return f;
	}

	/**
	 * A noun of speech or stance with its possessor: "Smith's claim that the economy was
	 * booming", "his comment about the polls". The clause or topic the noun governs is
	 * the content; without one, the noun alone ("his remarks") is no attribution.
	 */
	private Found possessive(CoreSentence sentence, SemanticGraph graph, IndexedWord noun, int index, Quotes quotes) {
		if (quotes.covers(noun.beginPosition(), noun.endPosition())) {
			return null;
		}
		IndexedWord owner = null;
		for (SemanticGraphEdge edge : graph.outgoingEdgeList(noun)) {
			if (edge.getRelation().toString().equals("nmod:poss") && edge.getDependent().index() < noun.index()) {
				owner = edge.getDependent();
			}
		}
		IndexedWord agent = (owner == null) ? byAgentOfNoun(sentence, graph, noun) : null;
		if (agent != null) {
			owner = agent;
		}
		else if (owner == null || SPEAKER_POSSESSIVES.contains(owner.word().toLowerCase(Locale.ROOT))
				|| !owner.tag().matches("NN.*|PRP.*")) {
			return null;
		}
		if (graph.outgoingEdgeList(noun)
			.stream()
			.anyMatch((edge) -> relation(edge).equals("case")
					&& OCCASION_WORDS.contains(edge.getDependent().word().toLowerCase(Locale.ROOT)))) {
			// "during his speech of ...", "in his speech on the anniversary": the
			// occasion of what is reported, not the report
			return null;
		}
		// what was said: a clause ("that ...", "to ...") or its topic ("about ...", "of
		// ...")
		Set<Integer> content = null;
		for (SemanticGraphEdge edge : graph.outgoingEdgeList(noun)) {
			String relation = relation(edge);
			IndexedWord dependent = edge.getDependent();
			// not a relative clause ("X's remarks, which came late, ...") nor a date
			// ("X's
			// remarks on Saturday")
			boolean when = isTime(dependent);
			if (dependent.index() > noun.index() && !when
					&& ((relation.startsWith("acl") && !relation.equals("acl:relcl") || relation.equals("ccomp"))
							&& !isRelativeToNoun(graph, dependent)
							|| relation.equals("nmod") && (hasCaseWord(graph, dependent, "about")
									|| hasCaseWord(graph, dependent, "of") || hasCaseWord(graph, dependent, "on")))) {
				content = subtree(graph, dependent, Set.of());
			}
		}
		SemanticGraphEdge asSubject = graph.incomingEdgeList(noun).stream().findFirst().orElse(null);
		if (content == null && asSubject != null && relation(asSubject).equals("nsubj")
				&& isNounsInfinitive(graph, asSubject.getGovernor())) {
			// "the governor's pledge to veto any tax increase has boxed ...", misparsed
			// with the pledge as the subject of "veto": the infinitive, without the
			// clause the parse hung on it
			content = subtree(graph, asSubject.getGovernor(), Set.of("nsubj", "ccomp", "punct"));
		}
		if (content == null && agent != null) {
			// "the allegation by a former aide that ...", with the clause hung on the
			// agent
			for (SemanticGraphEdge edge : graph.outgoingEdgeList(agent)) {
				String relation = relation(edge);
				if (edge.getDependent().index() > agent.index() && (relation.equals("ccomp")
						|| relation.equals("acl") && hasMark(graph, edge.getDependent(), "that"))) {
					content = subtree(graph, edge.getDependent(), Set.of());
				}
			}
		}
		if (content == null) {
			content = clauseHungAbove(graph, noun);
		}
		if (content == null) {
			content = afterCopulaColon(sentence, graph, noun);
		}
		if (content == null) {
			return null;
		}
		Found f = withContent(index, sentence, graph, owner, content, quotes);
		if (f == null) {
			return null;
		}
		if (agent != null) {
			// not the clause the parse hung on the agent
			int first = content.stream().min(Integer::compare).orElse(Integer.MAX_VALUE);
			f.source = new ArrayList<>(f.source.stream().filter((token) -> token.index() < first).toList());
			if (f.source.isEmpty()) {
				return null;
			}
		}
		f.cueOn(noun);
		// a claim named inside another report is still its owner's ("critics mocked
		// Smith's claim")
		f.weak = false;
		return f;
	}

	/**
	 * "Mr. Varga stood by his claim that ...", misparsed with the "that" clause right
	 * after the noun hung on the verb above it: that clause, when the verb reports
	 * nothing of its own (not "disputed her claim that ...", whose clause may be the
	 * verb's). Null otherwise.
	 */
	private static Set<Integer> clauseHungAbove(SemanticGraph graph, IndexedWord noun) {
		IndexedWord verb = graph.getParent(noun);
		IndexedWord next = graph.getNodeByIndexSafe(noun.index() + 1);
		if (verb == null || !verb.tag().startsWith("VB") || verb.index() > noun.index()
				|| isCueWord(verb.lemma().toLowerCase(Locale.ROOT)) || next == null
				|| !next.word().equalsIgnoreCase("that")) {
			return null;
		}
		for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
			IndexedWord clause = edge.getDependent();
			if (relation(edge).equals("ccomp") && clause.index() > noun.index()
					&& next.equals(markOf(graph, clause, "that")) && !isRelativeToNoun(graph, clause)) {
				return subtree(graph, clause, Set.of());
			}
		}
		return null;
	}

	/**
	 * Verbs done to a statement, which take it as their object: "the remarks that he
	 * made", "the tweet that his aides deleted".
	 */
	private static final Set<String> STATEMENT_HANDLING_VERBS = Set.of("make", "issue", "publish", "post", "delete",
			"erase", "obtain", "retract", "tweet", "retweet", "release", "print", "leak", "quote", "cite", "repeat",
			"replay", "write", "send", "broadcast", "air", "circulate", "share", "address", "ignore", "dismiss", "echo",
			"dispute", "reject", "contradict", "condemn", "criticize", "criticise", "regret", "sign", "give", "keep",
			"offer", "break", "deliver", "read", "recant");

	/**
	 * Of those, verbs that also go without an object, to someone or about something: "his
	 * claim that he had written to the families", "that the White House had leaked to the
	 * press".
	 */
	private static final Set<String> ALSO_INTRANSITIVE_VERBS = Set.of("write", "tweet", "leak", "publish", "broadcast",
			"post");

	/**
	 * A "that" clause after a noun of speech whose verb, one done to a statement, lacks
	 * its object: a relative clause with "that" for the noun ("his statement that the
	 * paper published on Sunday"), not what was said ("his statement that he had
	 * published the letter").
	 */
	private static boolean isRelativeToNoun(SemanticGraph graph, IndexedWord clause) {
		String lemma = clause.lemma().toLowerCase(Locale.ROOT);
		boolean toOrAbout = ALSO_INTRANSITIVE_VERBS.contains(lemma) && graph.outgoingEdgeList(clause)
			.stream()
			.anyMatch((edge) -> relation(edge).equals("obl") && !isTime(edge.getDependent())
					&& Set.of("to", "about", "on", "from")
						.stream()
						.anyMatch((caseWord) -> hasCaseWord(graph, edge.getDependent(), caseWord)));
		return STATEMENT_HANDLING_VERBS.contains(lemma) && !toOrAbout && hasMark(graph, clause, "that")
				&& graph.outgoingEdgeList(clause).stream().anyMatch((edge) -> relation(edge).equals("nsubj"))
				&& graph.outgoingEdgeList(clause)
					.stream()
					.noneMatch((edge) -> relation(edge)
						.matches("obj|iobj|ccomp|xcomp|cop|nsubj:pass|aux:pass|expl|csubj|compound:prt"));
	}

	/**
	 * Words that make a statement one of money: "statement of accounts", "bank
	 * statement".
	 */
	private static final Set<String> ACCOUNTS_WORDS = Set.of("account", "accounts", "income", "earnings", "asset",
			"assets", "expense", "expenses", "cash", "finance", "finances", "financial", "bank", "tax", "billing",
			"card", "profit", "loss", "operations", "position");

	/**
	 * "The charity's statement of accounts", "the bank's financial statement": a
	 * statement of money is a document of figures, no report of what anyone said; so is a
	 * statement titled by what it sets out ({@link #TITLED_STATEMENT_WORDS}).
	 */
	private static boolean isAccountsStatement(SemanticGraph graph, IndexedWord noun) {
		if (!noun.lemma().equalsIgnoreCase("statement")) {
			return false;
		}
		return graph.outgoingEdgeList(noun).stream().anyMatch((edge) -> {
			String relation = relation(edge);
			String word = edge.getDependent().word().toLowerCase(Locale.ROOT);
			boolean before = edge.getDependent().index() < noun.index() && relation.matches("compound|amod");
			boolean of = edge.getDependent().index() > noun.index() && relation.startsWith("nmod")
					&& hasCaseWord(graph, edge.getDependent(), "of");
			return (before || of) && ACCOUNTS_WORDS.contains(word) || of && TITLED_STATEMENT_WORDS.contains(word);
		});
	}

	/**
	 * "The judge's statement of reasons", "the statement of work", "a statement of
	 * claim": the title of a document, no report of what anyone said.
	 */
	private static final Set<String> TITLED_STATEMENT_WORDS = Set.of("reasons", "work", "requirements", "particulars",
			"claim", "case");

	/**
	 * "The governor made a pledge to cut taxes", "she made the claim that ...", "he
	 * leveled the accusation that ...": a noun of speech that its subject makes, with a
	 * clause for what was said. The noun is the cue. Null without a clause ("made a
	 * request for more time") or a subject that can speak.
	 */
	private Found madeBy(CoreSentence sentence, SemanticGraph graph, IndexedWord noun, int index, Quotes quotes) {
		SemanticGraphEdge up = graph.incomingEdgeList(noun).stream().findFirst().orElse(null);
		if (up == null || !relation(up).equals("obj") || quotes.covers(noun.beginPosition(), noun.endPosition())) {
			return null;
		}
		IndexedWord verb = up.getGovernor();
		if (!verb.tag().startsWith("VB") || !MAKING_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))
				|| !MADE_SPEECH_NOUNS.contains(noun.lemma().toLowerCase(Locale.ROOT)) || isPassive(graph, verb)) {
			return null;
		}
		IndexedWord subject = subject(graph, verb);
		if (subject == null || subject.index() > verb.index() || !isAnimate(graph, subject) && !isIssuer(subject)
				|| isRelativePronoun(subject) || quotes.covers(subject.beginPosition(), subject.endPosition())) {
			return null;
		}
		// the clause: on the noun ("a pledge to cut", "the claim that"), or hung on the
		// verb after the noun
		Set<Integer> content = null;
		List<SemanticGraphEdge> edges = new ArrayList<>(graph.outgoingEdgeList(noun));
		edges.addAll(graph.outgoingEdgeList(verb));
		for (SemanticGraphEdge edge : edges) {
			String relation = relation(edge);
			IndexedWord dependent = edge.getDependent();
			boolean clause = relation.equals("ccomp") && hasMark(graph, dependent, "that")
					|| relation.equals("acl") && (hasMark(graph, dependent, "to") || hasMark(graph, dependent, "that"))
					|| relation.equals("xcomp") && edge.getGovernor().equals(verb) && hasMark(graph, dependent, "to");
			if (clause && dependent.index() > noun.index() && content == null) {
				content = subtree(graph, dependent, Set.of());
			}
		}
		if (content == null) {
			return null;
		}
		Found f = withContent(index, sentence, graph, subject, content, quotes);
		if (f == null) {
			return null;
		}
		f.cueOn(noun);
		f.weak = false;
		return f;
	}

	/**
	 * "The allegation by a former aide that ...": the noun or pronoun for people in a
	 * "by" phrase right after a noun of speech (not a date), also when the parse hangs
	 * the phrase on the verb above the noun. Null without one.
	 */
	private static IndexedWord byAgentOfNoun(CoreSentence sentence, SemanticGraph graph, IndexedWord noun) {
		List<CoreLabel> tokens = sentence.tokens();
		if (noun.index() >= tokens.size() || !Lexicon.lower(tokens.get(noun.index())).equals("by")) {
			return null;
		}
		IndexedWord by = graph.getNodeByIndexSafe(noun.index() + 1);
		SemanticGraphEdge up = (by != null) ? graph.incomingEdgeList(by).stream().findFirst().orElse(null) : null;
		if (up == null || !relation(up).equals("case")) {
			return null;
		}
		IndexedWord agent = up.getGovernor();
		SemanticGraphEdge attached = graph.incomingEdgeList(agent).stream().findFirst().orElse(null);
		boolean when = Set.of("DATE", "TIME", "DURATION", "NUMBER").contains(String.valueOf(agent.ner()));
		if (attached == null || !relation(attached).matches("nmod|obl") || agent.index() <= noun.index() || when
				|| !agent.tag().matches("NN.*|PRP") || agent.tag().equals("PRP") && !isAnimate(graph, agent)) {
			return null;
		}
		IndexedWord governor = attached.getGovernor();
		boolean onTheNoun = governor.equals(noun);
		boolean onItsVerb = graph.incomingEdgeList(noun)
			.stream()
			.anyMatch((edge) -> relation(edge).equals("obj") && edge.getGovernor().equals(governor));
		return (onTheNoun || onItsVerb) ? agent : null;
	}

	/**
	 * "His remarks drew sharp criticism from party leaders", "the plan won praise from
	 * farmers and condemnation from unions": the people the reaction comes from are the
	 * source, what drew it the content. Null unless a verb of drawing takes the noun and
	 * the "from" phrase names people or a body.
	 */
	private Found reactionFrom(CoreSentence sentence, SemanticGraph graph, IndexedWord noun, int index, Quotes quotes) {
		if (quotes.covers(noun.beginPosition(), noun.endPosition())) {
			return null;
		}
		// the verb of drawing above the noun, also through a coordination the parse hung
		// on the "from" phrase before ("praise from farmers and condemnation from ...")
		IndexedWord drawing = null;
		IndexedWord at = noun;
		List<SemanticGraphEdge> edges = new ArrayList<>(graph.outgoingEdgeList(noun));
		for (int step = 0; step < 3 && drawing == null; step++) {
			SemanticGraphEdge up = graph.incomingEdgeList(at).stream().findFirst().orElse(null);
			if (up == null || !relation(up).matches("obj|conj|obl|nmod")) {
				break;
			}
			at = up.getGovernor();
			edges.addAll(graph.outgoingEdgeList(at));
			if (relation(up).equals("obj") && DRAWING_VERBS.contains(at.lemma().toLowerCase(Locale.ROOT))) {
				drawing = at;
			}
			if (at.tag().startsWith("VB") && drawing == null) {
				if (DRAWING_VERBS.contains(at.lemma().toLowerCase(Locale.ROOT))
						&& graph.outgoingEdgeList(at).stream().anyMatch((edge) -> relation(edge).equals("obj"))) {
					drawing = at;
				}
				break;
			}
		}
		if (drawing == null || "support".equals(noun.lemma().toLowerCase(Locale.ROOT))
				&& Set.of("receive", "get").contains(drawing.lemma().toLowerCase(Locale.ROOT))) {
			// not "the hospital receives support from 300 donors": help, not a stance
			return null;
		}
		// the nearest "from" phrase after the noun, on the noun or on the verb
		IndexedWord from = null;
		for (SemanticGraphEdge edge : edges) {
			IndexedWord dependent = edge.getDependent();
			if ((relation(edge).equals("nmod") || relation(edge).equals("obl")) && dependent.index() > noun.index()
					&& hasCaseWord(graph, dependent, "from") && (from == null || dependent.index() < from.index())) {
				from = dependent;
			}
		}
		if (from == null || !(isAnimate(graph, from) || isIssuer(from) || from.tag().startsWith("NNP"))) {
			return null;
		}
		IndexedWord drawn = ownSubject(graph, drawing);
		if (drawn == null) {
			return null;
		}
		Set<String> skip = Set.of();
		SemanticGraphEdge relative = graph.incomingEdgeList(drawing)
			.stream()
			.filter((edge) -> relation(edge).equals("acl:relcl"))
			.findFirst()
			.orElse(null);
		if (relative != null && drawn.word().toLowerCase(Locale.ROOT).matches("which|who|that")) {
			// "The charity, which has drawn criticism from neighbours, ...": what drew it
			// is what "which" stands for, without the relative clause
			drawn = relative.getGovernor();
			skip = Set.of("acl:relcl", "punct");
		}
		Found f = withContent(index, sentence, graph, from, subtree(graph, drawn, skip), quotes);
		if (f == null) {
			return null;
		}
		for (int k = 1; k + 1 < f.source.size(); k++) {
			if (f.source.get(k).tag().equals("CC") && REACTION_NOUNS.contains(Lexicon.lemma(f.source.get(k + 1)))) {
				// "praise from business leaders and condemnation from ...", misparsed
				f.source = new ArrayList<>(f.source.subList(0, k));
				break;
			}
		}
		f.apposition = apposition(sentence, graph, from);
		f.cueOn(noun);
		return f;
	}

	/**
	 * "X is a firm opponent of the new toll", "Y has been a supporter of the pact": the
	 * subject of the predicate noun is the source, its "of" phrase the content. Null
	 * without a copula, an animate subject or an "of" phrase.
	 */
	private Found advocate(CoreSentence sentence, SemanticGraph graph, IndexedWord noun, int index, Quotes quotes) {
		if (quotes.covers(noun.beginPosition(), noun.endPosition())
				|| graph.outgoingEdgeList(noun).stream().noneMatch((edge) -> relation(edge).equals("cop"))) {
			return null;
		}
		IndexedWord subject = ownSubject(graph, noun);
		if (subject == null || subject.index() > noun.index() || !isAnimate(graph, subject)
				|| quotes.covers(subject.beginPosition(), subject.endPosition())) {
			return null;
		}
		for (SemanticGraphEdge edge : graph.outgoingEdgeList(noun)) {
			IndexedWord topic = edge.getDependent();
			if (relation(edge).equals("nmod") && topic.index() > noun.index() && hasCaseWord(graph, topic, "of")) {
				Set<Integer> content = subtree(graph, topic, Set.of());
				for (SemanticGraphEdge inner : graph.outgoingEdgeList(topic)) {
					if (relation(inner).equals("case")) {
						content.remove(inner.getDependent().index());
					}
				}
				Found f = withContent(index, sentence, graph, subject, content, quotes);
				if (f != null) {
					f.referent = referent(sentence, graph, noun, subject);
					f.cueOn(noun);
					f.weak = true;
				}
				return f;
			}
		}
		return null;
	}

	/**
	 * "Sen. Ann Lee (R-S.C.) told reporters ...": the splitter can end a sentence inside
	 * a party label's parenthesis, leaving the reporting verb to open the next one. The
	 * name before the parenthesis that closes the previous sentence is the source. Null
	 * when that sentence does not end in a name and a parenthesis.
	 */
	private Found afterSplitName(CoreSentence sentence, SemanticGraph graph, IndexedWord verb, int index,
			Quotes quotes) {
		List<CoreSentence> sentences = sentence.document().sentences();
		if (index < 1 || index >= sentences.size() || sentences.get(index) != sentence) {
			return null;
		}
		List<CoreLabel> previous = sentences.get(index - 1).tokens();
		int close = previous.size() - 1;
		while (close > 0 && isPunctuation(previous.get(close)) && !previous.get(close).tag().equals("-RRB-")) {
			close--;
		}
		int open = close - 1;
		while (open > 0 && open > close - 8 && !previous.get(open).tag().equals("-LRB-")) {
			open--;
		}
		if (close < 2 || !previous.get(close).tag().equals("-RRB-") || !previous.get(open).tag().equals("-LRB-")) {
			return null;
		}
		List<CoreLabel> name = nounChunk(previous, open - 1, false);
		if (name.isEmpty() || !head(name).tag().startsWith("NNP")
				|| quotes.covers(name.get(0).beginPosition(), head(name).endPosition())) {
			return null;
		}
		int[] content = null;
		for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
			if (CONTENT_RELATIONS.contains(relation(edge))) {
				content = extent(sentence, subtree(graph, edge.getDependent(), Set.of()));
			}
		}
		if (content == null) {
			content = range(sentence.tokens(), verb.index(), sentence.tokens().size());
		}
		if (content == null) {
			// "The vote was close, Rep. Tom Hale (R-S.C.) said."
			content = range(previous, 0, previous.indexOf(name.get(0)));
		}
		if (content == null) {
			return null;
		}
		Found f = new Found(index);
		f.source = new ArrayList<>(name);
		cue(f, sentence, graph, verb);
		f.content(content, quotes);
		return f;
	}

	/**
	 * "The mayor issued a statement on Monday", "the paper ran an editorial", "he made
	 * the remark at a rally": a verb that puts out a statement, a letter or an
	 * advertisement, with a person or body as its subject. The statement is the content.
	 * Null when the object is no statement, or when a participle or relative clause on it
	 * says what it said (see {@link #inStatement}).
	 */
	private Found issued(CoreSentence sentence, SemanticGraph graph, IndexedWord verb, int index, Quotes quotes) {
		IndexedWord object = null;
		for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
			if (relation(edge).equals("obj") && edge.getDependent().index() > verb.index()) {
				object = edge.getDependent();
			}
		}
		if (object == null || !isStatementNoun(graph, object)
				|| quotes.covers(object.beginPosition(), object.endPosition())) {
			return null;
		}
		List<SemanticGraphEdge> clauses = new ArrayList<>(graph.outgoingEdgeList(object));
		graph.outgoingEdgeList(verb)
			.stream()
			.filter((edge) -> relation(edge).matches("advcl|dep|xcomp") && edge.getDependent().tag().equals("VBG"))
			.forEach(clauses::add);
		for (SemanticGraphEdge edge : clauses) {
			String lemma = edge.getDependent().lemma().toLowerCase(Locale.ROOT);
			if (relation(edge).matches("acl.*|advcl|dep|xcomp") && edge.getDependent().tag().startsWith("VB")
					&& (SPEECH_VERBS.contains(lemma) || CLAUSE_VERBS.contains(lemma))) {
				// the participle or relative clause reports what the statement said
				return null;
			}
		}
		IndexedWord subject = subject(graph, verb);
		if (subject == null || subject.index() > verb.index() || !isAnimate(graph, subject) && !isIssuer(subject)
				|| isRelativePronoun(subject) || quotes.covers(subject.beginPosition(), subject.endPosition())) {
			return null;
		}
		int[] extent = extent(sentence, subtree(graph, object, Set.of()));
		if (extent == null) {
			return null;
		}
		Found f = spokenBy(index, sentence, graph, verb, subject);
		cue(f, sentence, graph, verb);
		f.content(extent, quotes);
		f.weak = true;
		return f;
	}

	/**
	 * "The mayor issued a statement calling the response a disgrace", "he released a
	 * letter that says ...": a verb of speech on a statement speaks for whoever issued
	 * the statement. Null when the verb hangs on no statement or it has no issuer.
	 */
	private Found inStatement(CoreSentence sentence, SemanticGraph graph, IndexedWord verb, int index, Quotes quotes) {
		SemanticGraphEdge up = graph.incomingEdgeList(verb).stream().findFirst().orElse(null);
		if (up == null || !relation(up).equals("acl") || !verb.tag().equals("VBG")
				|| quotes.covers(verb.beginPosition(), verb.endPosition())) {
			return null;
		}
		IndexedWord owner = statementIssuer(graph, up.getGovernor(), quotes);
		if (owner == null) {
			return null;
		}
		Set<Integer> content = subtree(graph, verb, Set.of());
		content.remove(verb.index());
		int[] extent = content.isEmpty() ? null : extent(sentence, content);
		if (extent == null) {
			return null;
		}
		Found f = spokenBy(index, sentence, graph, verb, owner);
		cue(f, sentence, graph, verb);
		f.content(extent, quotes);
		return f;
	}

	/**
	 * Who issued a statement noun: the subject of the verb that put it out ("he released
	 * a letter"), else its possessor ("the mayor's letter"), else a "from" phrase ("a
	 * letter from the board"). Null when the noun is no statement or names no issuer.
	 */
	private IndexedWord statementIssuer(SemanticGraph graph, IndexedWord noun, Quotes quotes) {
		if (!isStatementNoun(graph, noun)) {
			return null;
		}
		IndexedWord owner = null;
		SemanticGraphEdge up = graph.incomingEdgeList(noun).stream().findFirst().orElse(null);
		if (up != null && relation(up).equals("obj")
				&& ISSUING_VERBS.contains(up.getGovernor().lemma().toLowerCase(Locale.ROOT))) {
			owner = subject(graph, up.getGovernor());
			if (owner != null && (owner.index() > up.getGovernor().index() || isRelativePronoun(owner))) {
				owner = null;
			}
		}
		for (SemanticGraphEdge edge : graph.outgoingEdgeList(noun)) {
			IndexedWord dependent = edge.getDependent();
			if (owner == null && edge.getRelation().toString().equals("nmod:poss")
					&& !SPEAKER_POSSESSIVES.contains(dependent.word().toLowerCase(Locale.ROOT))) {
				owner = dependent;
			}
		}
		for (SemanticGraphEdge edge : graph.outgoingEdgeList(noun)) {
			IndexedWord dependent = edge.getDependent();
			if (owner == null && relation(edge).equals("nmod") && hasCaseWord(graph, dependent, "from")) {
				owner = dependent;
			}
		}
		if (owner == null || !isAnimate(graph, owner) && !isIssuer(owner)
				|| quotes.covers(owner.beginPosition(), owner.endPosition())) {
			return null;
		}
		return owner;
	}

	/**
	 * A statement, letter, advertisement or other thing that says something, or a run of
	 * them ("a series of tweets").
	 */
	private static boolean isStatementNoun(SemanticGraph graph, IndexedWord noun) {
		if (!noun.tag().startsWith("NN")) {
			return false;
		}
		String lemma = noun.lemma().toLowerCase(Locale.ROOT);
		if (CUE_NOUNS.contains(lemma) || ARTEFACT_NOUNS.contains(lemma) || ISSUED_NOUNS.contains(lemma)) {
			return true;
		}
		return RUN_NOUNS.contains(lemma) && graph.outgoingEdgeList(noun)
			.stream()
			.anyMatch((edge) -> relation(edge).equals("nmod") && hasCaseWord(graph, edge.getDependent(), "of")
					&& isStatementNoun(graph, edge.getDependent()));
	}

	/**
	 * A body that can issue a statement without being a person: "the city", "the paper".
	 */
	private static boolean isIssuer(IndexedWord word) {
		return "ORGANIZATION".equals(word.ner()) || "LOCATION".equals(word.ner()) || "PERSON".equals(word.ner())
				|| word.tag().startsWith("NN") && ISSUER_NOUNS.contains(word.lemma().toLowerCase(Locale.ROOT));
	}

	private static boolean isRelativePronoun(IndexedWord word) {
		return RELATIVE_PRONOUNS.contains(word.word().toLowerCase(Locale.ROOT)) && word.tag().matches("WDT|WP");
	}

	/**
	 * "a number of cities", "a group of doctors": the noun of the "of" phrase after a
	 * quantity, else the noun itself (null stays null).
	 */
	private static IndexedWord ofHead(SemanticGraph graph, IndexedWord noun) {
		if (noun == null || !RUN_NOUNS.contains(noun.lemma().toLowerCase(Locale.ROOT))
				&& !QUANTITY_NOUNS.contains(noun.lemma().toLowerCase(Locale.ROOT))) {
			return noun;
		}
		return graph.outgoingEdgeList(noun)
			.stream()
			.filter((edge) -> relation(edge).equals("nmod") && hasCaseWord(graph, edge.getDependent(), "of"))
			.map(SemanticGraphEdge::getDependent)
			.findFirst()
			.orElse(noun);
	}

	/** The noun a relative clause headed by {@code verb} describes, or null. */
	private static IndexedWord antecedent(SemanticGraph graph, IndexedWord verb) {
		for (SemanticGraphEdge edge : graph.incomingEdgeList(verb)) {
			if (relation(edge).startsWith("acl")) {
				return pronounAntecedent(graph, edge.getGovernor());
			}
		}
		return null;
	}

	/**
	 * The noun a relative pronoun heading its clause (a misparse) stands for, else the
	 * word itself; null when the pronoun hangs from no noun.
	 */
	private static IndexedWord pronounAntecedent(SemanticGraph graph, IndexedWord word) {
		if (!isRelativePronoun(word)) {
			return word;
		}
		IndexedWord parent = graph.getParent(word);
		return (parent != null && parent.tag().matches("NN.*")) ? parent : null;
	}

	/**
	 * "One video made by a drone showed ...": a subject inside a "by" phrase after a
	 * participle is a misparse; the noun before the participle is the subject.
	 */
	private static IndexedWord beforeAgentPhrase(CoreSentence sentence, SemanticGraph graph, IndexedWord subject) {
		List<CoreLabel> tokens = sentence.tokens();
		int by = subject.index() - 2;
		while (by >= 0 && by > subject.index() - 5 && tokens.get(by).tag().matches("DT|JJ|NNP?S?|PRP\\$")) {
			by--;
		}
		int participle = by - 1;
		if (participle < 1 || !tokens.get(by).word().equalsIgnoreCase("by")
				|| !tokens.get(participle).tag().matches("VBN|VBD")) {
			return subject;
		}
		List<CoreLabel> chunk = nounChunk(tokens, participle - 1, false);
		if (chunk.isEmpty()) {
			return subject;
		}
		IndexedWord head = graph.getNodeByIndexSafe(head(chunk).index());
		return (head != null) ? head : subject;
	}

	/**
	 * A comma between two words: "According to the police report, the officer fired" has
	 * the verb outside the phrase.
	 */
	private static boolean commaBetween(SemanticGraph graph, int from, int to) {
		for (int i = from + 1; i < to; i++) {
			IndexedWord word = graph.getNodeByIndexSafe(i);
			if (word != null && ",".equals(word.word())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "according to a statement from the police", "according to figures released by the
	 * ministry", "data compiled by the Census Bureau": the issuer of a document or of
	 * data is the source; not whoever only obtained or read it ("records reviewed by the
	 * Globe", "a copy obtained by the Herald").
	 */
	private static IndexedWord issuer(SemanticGraph graph, IndexedWord head) {
		String lemma = head.lemma().toLowerCase(Locale.ROOT);
		if (!ARTEFACT_NOUNS.contains(lemma) && !CUE_NOUNS.contains(lemma) && !ISSUED_NOUNS.contains(lemma)
				&& !SURVEY_NOUNS.contains(lemma) && !DATA_NOUNS.contains(lemma)
				&& !DATA_NOUNS.contains(head.word().toLowerCase(Locale.ROOT))) {
			return head;
		}
		for (SemanticGraphEdge edge : graph.incomingEdgeList(head)) {
			// a parse that makes the issuing verb govern the phrase: "according to a
			// speech
			// [Mrs. Lane delivered]"
			IndexedWord verb = edge.getGovernor();
			if (relation(edge).equals("obl") && verb.index() > head.index()
					&& ISSUING_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))
					&& !commaBetween(graph, head.index(), verb.index())) {
				for (SemanticGraphEdge inner : graph.outgoingEdgeList(verb)) {
					if (relation(inner).equals("nsubj") && inner.getDependent().index() > head.index()
							&& inner.getDependent().tag().matches("NN.*|PRP")) {
						return inner.getDependent();
					}
				}
			}
		}
		for (SemanticGraphEdge edge : graph.outgoingEdgeList(head)) {
			IndexedWord dependent = edge.getDependent();
			String relation = relation(edge);
			if (relation.equals("nmod") && dependent.tag().matches("NN.*")
					&& (hasCaseWord(graph, dependent, "from") || hasCaseWord(graph, dependent, "by"))) {
				return dependent;
			}
			boolean receiving = RECEIVING_VERBS.contains(dependent.lemma().toLowerCase(Locale.ROOT));
			if ((relation.startsWith("acl") || relation.equals("dep")) && dependent.tag().startsWith("VB")
					&& !receiving) {
				// "according to a speech Mrs. Lane gave" (not "records the Globe
				// reviewed")
				for (SemanticGraphEdge inner : graph.outgoingEdgeList(dependent)) {
					IndexedWord speaker = inner.getDependent();
					if (relation(inner).equals("nsubj") && speaker.tag().matches("NN.*|PRP")
							&& !RELATIVE_PRONOUNS.contains(speaker.word().toLowerCase(Locale.ROOT))) {
						return speaker;
					}
				}
			}
			if (relation.startsWith("acl") && !receiving) {
				for (SemanticGraphEdge inner : graph.outgoingEdgeList(dependent)) {
					IndexedWord agent = inner.getDependent();
					if (relation(inner).equals("obl") && agent.tag().matches("NN.*")
							&& hasCaseWord(graph, agent, "by")) {
						return agent;
					}
				}
			}
		}
		return head;
	}

	private static boolean hasCaseWord(SemanticGraph graph, IndexedWord word, String caseWord) {
		return graph.outgoingEdgeList(word)
			.stream()
			.anyMatch((edge) -> relation(edge).equals("case") && edge.getDependent().word().equalsIgnoreCase(caseWord));
	}

	private static boolean hasMark(SemanticGraph graph, IndexedWord verb, String mark) {
		return markOf(graph, verb, mark) != null;
	}

	/**
	 * "Ivanka Trump, the nominee's daughter, noted the rule": a sentence that opens with
	 * a name and an apposition set off by commas has that name as the subject of the verb
	 * after the second comma, not the noun after the verb.
	 */
	private static List<CoreLabel> appositiveSubject(List<CoreLabel> tokens, int verb) {
		int firstComma = -1;
		for (int i = 0; i < verb - 1; i++) {
			if (tokens.get(i).word().equals(",")) {
				firstComma = i;
				break;
			}
			if (!NOUN_TAGS.contains(tokens.get(i).tag())) {
				return null;
			}
		}
		if (firstComma < 1 || !tokens.get(firstComma - 1).tag().startsWith("NNP")) {
			return null;
		}
		for (int i = firstComma + 1; i < verb - 1; i++) {
			if (!NOUN_TAGS.contains(tokens.get(i).tag()) && !tokens.get(i).tag().equals("IN")) {
				return null;
			}
		}
		List<CoreLabel> chunk = nounChunk(tokens, firstComma - 1, false);
		return chunk.isEmpty() ? null : chunk;
	}

	private static boolean overrides(List<CoreLabel> tokens, List<CoreLabel> surface, IndexedWord subject,
			IndexedWord verb, Quotes quotes) {
		if (subject == null) {
			return true;
		}
		if (subject.index() == 1 && subject.tag().matches("VBN|VBG") && subject.index() < surface.get(0).index()) {
			// "Asked who had leaked the memo, the chief of staff refused to say",
			// misparsed with the opening participle as the subject: the noun phrase
			// before the verb
			return true;
		}
		boolean inside = surface.stream().anyMatch((token) -> token.index() == subject.index());
		int first = surface.get(0).index();
		// "Labour will table a motion next week, the party's chief whip said", with "will
		// table" tagged as nouns and made the subject: the noun phrase between the comma
		// and the verb of speech is the speaker (not "deals with Ortiz, Keller and Brandt
		// and disclosed them": a list, and a verb with an object other than whom it
		// tells)
		String next = (verb.index() < tokens.size()) ? tokens.get(verb.index()).tag() : ".";
		boolean closing = first >= 2 && tokens.get(first - 2).word().equals(",") && subject.index() < first - 1
				&& SPEECH_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))
				&& (next.matches("[.,:]|IN|RB|NNP") || "tell".equalsIgnoreCase(verb.lemma()))
				&& surface.stream().noneMatch((token) -> token.tag().equals("CC"));
		return !inside && (subject.index() > verb.index()
				|| quotes.covers(subject.beginPosition(), subject.endPosition()) || closing);
	}

	private static boolean isPassive(SemanticGraph graph, IndexedWord verb) {
		return graph.outgoingEdgeList(verb).stream().anyMatch((edge) -> relation(edge).endsWith(":pass"));
	}

	/**
	 * The first person or organisation in apposition inside a phrase, or null.
	 */
	private static IndexedWord nameInside(SemanticGraph graph, IndexedWord phrase) {
		return subtree(graph, phrase, Set.of()).stream()
			.map(graph::getNodeByIndexSafe)
			.filter((word) -> word != null && ("PERSON".equals(word.ner()) || "ORGANIZATION".equals(word.ner()))
					&& graph.incomingEdgeList(word).stream().anyMatch((edge) -> relation(edge).equals("appos")))
			.findFirst()
			.orElse(null);
	}

	private static boolean isTemporal(List<CoreLabel> chunk) {
		String ner = chunk.get(chunk.size() - 1).ner();
		return "DATE".equals(ner) || "TIME".equals(ner) || "DURATION".equals(ner);
	}

	private static CoreLabel head(List<CoreLabel> chunk) {
		return chunk.get(chunk.size() - 1);
	}

	/**
	 * "A diplomat briefed on the negotiations said ...", "people briefed on the matter
	 * told Reuters ...": the people briefed (with the phrase) are the source of the verb
	 * of speech after the phrase, the rest of the sentence the content; null otherwise.
	 */
	private static Found briefedSpeaker(CoreSentence sentence, int index, Quotes quotes) {
		List<CoreLabel> tokens = sentence.tokens();
		for (int i = 1; i + 3 < tokens.size(); i++) {
			if (!Lexicon.lower(tokens.get(i)).equals("briefed") || !tokens.get(i - 1).tag().startsWith("NN")
					|| !Lexicon.lower(tokens.get(i + 1)).matches("on|about")) {
				continue;
			}
			List<CoreLabel> people = nounChunk(tokens, i - 1, false);
			for (int k = i + 3; k < tokens.size() && k < i + 10; k++) {
				CoreLabel verb = tokens.get(k);
				if (!verb.tag().matches("VBD|VBZ|VBP")) {
					continue;
				}
				if (!RELATIVE_SPEECH_VERBS.contains(Lexicon.lemma(verb)) || !tokens.get(k - 1).tag().startsWith("NN")
						|| people.isEmpty() || quotes.covers(verb.beginPosition(), verb.endPosition())) {
					return null;
				}
				int from = k + 1;
				if (Lexicon.lemma(verb).equals("tell")) {
					// whom they told ("told Reuters the bank ...")
					if (from + 1 < tokens.size() && tokens.get(from).tag().equals("DT")
							&& tokens.get(from + 1).tag().startsWith("NNP")) {
						// "told the Times ..."
						from++;
					}
					while (from < tokens.size() && (tokens.get(from).tag().matches("NNPS?|PRP")
							|| Lexicon.lower(tokens.get(from)).matches("reporters|investors|lawmakers|colleagues"))) {
						from++;
					}
				}
				int[] content = range(tokens, from, tokens.size());
				if (content == null) {
					return null;
				}
				Found f = new Found(index);
				f.source = new ArrayList<>(tokens.subList(people.get(0).index() - 1, k));
				f.cueOn(verb);
				f.content(content, quotes);
				f.clause = true;
				return f;
			}
			return null;
		}
		return null;
	}

	/**
	 * "The president's reply was blunt: “...”", "Her message at every stop was the same:
	 * ...": what follows the colon after the predicate the noun is the subject of; null
	 * otherwise.
	 */
	private static Set<Integer> afterCopulaColon(CoreSentence sentence, SemanticGraph graph, IndexedWord noun) {
		SemanticGraphEdge up = graph.incomingEdgeList(noun).stream().findFirst().orElse(null);
		if (up == null || !relation(up).equals("nsubj")
				|| graph.outgoingEdgeList(up.getGovernor())
					.stream()
					.noneMatch((edge) -> relation(edge).equals("cop"))) {
			return null;
		}
		List<CoreLabel> tokens = sentence.tokens();
		int predicate = up.getGovernor().index();
		for (int i = predicate; i < tokens.size() && i <= predicate + 1; i++) {
			if (tokens.get(i).word().equals(":")) {
				Set<Integer> after = new TreeSet<>();
				for (int k = i + 2; k <= tokens.size(); k++) {
					after.add(k);
				}
				return after.isEmpty() ? null : after;
			}
		}
		return null;
	}

	/**
	 * "A person briefed on the talks said ...", misparsed with the participle phrase as a
	 * clause subject: the noun the participle describes.
	 */
	private static IndexedWord participlePhraseSubject(SemanticGraph graph, IndexedWord verb) {
		for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
			IndexedWord participle = edge.getDependent();
			if (relation(edge).equals("csubj") && participle.tag().equals("VBN") && participle.index() < verb.index()
					&& graph.outgoingEdgeList(participle).stream().noneMatch((e) -> relation(e).startsWith("aux"))) {
				IndexedWord noun = ownSubject(graph, participle);
				if (noun != null && noun.index() == participle.index() - 1) {
					return noun;
				}
			}
		}
		return null;
	}

	/**
	 * "A poll released before the debate showed that ...", "The hostages released before
	 * the ceasefire said ...", misparsed with "released" as the main verb and "before the
	 * debate showed" as a clause of time: the noun the participle describes reports, not
	 * the noun after "before"; null otherwise.
	 */
	private static IndexedWord releasedBefore(SemanticGraph graph, IndexedWord verb, IndexedWord subject) {
		SemanticGraphEdge up = graph.incomingEdgeList(verb).stream().findFirst().orElse(null);
		if (up == null || !relation(up).startsWith("advcl") || subject.index() > verb.index()) {
			return null;
		}
		IndexedWord participle = up.getGovernor();
		IndexedWord noun = ownSubject(graph, participle);
		boolean marked = graph.outgoingEdgeList(verb)
			.stream()
			.anyMatch((edge) -> relation(edge).equals("mark") && edge.getDependent().index() < subject.index()
					&& edge.getDependent().word().matches("(?i)before|after|since"));
		if (!marked || !participle.tag().matches("VBN|VBD") || noun == null || noun.index() != participle.index() - 1
				|| !participle.lemma().toLowerCase(Locale.ROOT).matches("release|publish|conduct|issue|commission")
				|| graph.outgoingEdgeList(participle).stream().anyMatch((edge) -> relation(edge).startsWith("aux"))) {
			return null;
		}
		return noun;
	}

	/**
	 * The reporting verb whose speaker goes on speaking in {@code verb}, misparsed inside
	 * what that verb reports: a reporting participle after a comma ("hinted that Rwanda
	 * could support a force, telling RBA that ...") or a verb after "and" whose parsed
	 * subject is the object of a phrasal cue before it ("called for an immediate halt to
	 * air strikes and reiterated that ..."); null otherwise.
	 */
	private static IndexedWord reportOfItsOwn(SemanticGraph graph, IndexedWord verb) {
		IndexedWord before = graph.getNodeByIndexSafe(verb.index() - 1);
		if (before == null) {
			return null;
		}
		if (verb.tag().equals("VBG") && ",".equals(before.word())
				&& REPORTING_PARTICIPLES.contains(verb.lemma().toLowerCase(Locale.ROOT))
				&& !DEED_OR_REPORT.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
			SemanticGraphEdge up = graph.incomingEdgeList(verb).stream().findFirst().orElse(null);
			SemanticGraphEdge above = (up != null && relation(up).matches("advcl|dep"))
					? graph.incomingEdgeList(up.getGovernor()).stream().findFirst().orElse(null) : null;
			if (above == null || !relation(above).equals("ccomp") || up.getGovernor().index() >= verb.index()
					|| above.getGovernor().index() >= up.getGovernor().index()
					|| !isCueWord(above.getGovernor().lemma().toLowerCase(Locale.ROOT))) {
				return null;
			}
			// the outermost report: "Perdue said he didn't believe ... did Romney in,
			// arguing that ...": Perdue argues
			IndexedWord reporter = above.getGovernor();
			for (SemanticGraphEdge outer = graph.incomingEdgeList(reporter)
				.stream()
				.findFirst()
				.orElse(null); outer != null && relation(outer).equals("ccomp")
						&& outer.getGovernor().index() < reporter.index()
						&& isCueWord(outer.getGovernor().lemma().toLowerCase(Locale.ROOT)); outer = graph
							.incomingEdgeList(reporter)
							.stream()
							.findFirst()
							.orElse(null)) {
				reporter = outer.getGovernor();
			}
			return reporter;
		}
		IndexedWord own = ownSubject(graph, verb);
		SemanticGraphEdge up = graph.incomingEdgeList(verb).stream().findFirst().orElse(null);
		if (own == null && up != null && relation(up).startsWith("conj") && up.getGovernor().index() < verb.index()) {
			// (the subject of the verb it is coordinated with)
			own = ownSubject(graph, up.getGovernor());
		}
		if (!"and".equalsIgnoreCase(before.word()) || own == null || own.index() >= verb.index()) {
			return null;
		}
		for (int k = own.index() - 1; k >= 1; k--) {
			IndexedWord word = graph.getNodeByIndexSafe(k);
			if (word == null || ",".equals(word.word())) {
				return null;
			}
			// (a phrasal cue whose object the parse took for a subject: "called for an
			// immediate halt ... and reiterated", not "said the rebels attacked and
			// claimed")
			IndexedWord particle = graph.getNodeByIndexSafe(k + 1);
			if (word.tag().matches("VBD|VBZ|VBP|VBN") && isCueWord(word.lemma().toLowerCase(Locale.ROOT))
					&& particle != null && particle.tag().equals("IN")
					&& !particle.word().toLowerCase(Locale.ROOT).matches("that|whether|if")
					&& ownSubject(graph, word) != null && ownSubject(graph, word).index() < k) {
				return word;
			}
		}
		return null;
	}

	/**
	 * Whether a participle right after its noun describes it ("a person briefed on ...").
	 */
	private static boolean describesTheNounBefore(SemanticGraph graph, IndexedWord participle) {
		IndexedWord noun = ownSubject(graph, participle);
		SemanticGraphEdge up = graph.incomingEdgeList(participle).stream().findFirst().orElse(null);
		return participle.tag().equals("VBN")
				&& (up != null && relation(up).equals("csubj") && noun != null && noun.index() == participle.index() - 1
						&& graph.outgoingEdgeList(participle).stream().noneMatch((e) -> relation(e).startsWith("aux")));
	}

	private IndexedWord subject(SemanticGraph graph, IndexedWord verb) {
		IndexedWord nearest = besideAside(graph, verb, ownSubject(graph, verb));
		if (nearest != null && nearest.word().toLowerCase(Locale.ROOT).matches("each|both")) {
			// "The prime ministers of Canada and Australia, in separate posts, each
			// said": the group the parse also gave the verb
			for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
				if (SUBJECT_RELATIONS.contains(relation(edge)) && edge.getDependent().index() < nearest.index()
						&& edge.getDependent().tag().matches("NNS|NNPS")) {
					nearest = edge.getDependent();
				}
			}
		}
		IndexedWord released = (nearest != null) ? releasedBefore(graph, verb, nearest) : null;
		if (released != null) {
			return released;
		}
		if (nearest != null) {
			return nearest;
		}
		IndexedWord quoted = quotedAs(graph, verb);
		if (quoted != null) {
			return passiveSubject(graph, quoted);
		}
		IndexedWord described = participlePhraseSubject(graph, verb);
		if (described != null) {
			return described;
		}
		for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
			// "McConnell, who in 2010 said ...": a misparse makes "who" an object
			if (edge.getDependent().index() < verb.index() && edge.getDependent().tag().equals("WP")
					&& edge.getDependent().word().equalsIgnoreCase("who")) {
				return edge.getDependent();
			}
		}
		SemanticGraphEdge up = graph.incomingEdgeList(verb).stream().findFirst().orElse(null);
		if (up != null && (relation(up).startsWith("acl") || relation(up).equals("dep"))
				&& isRelativePronoun(up.getGovernor()) && up.getGovernor().index() < verb.index()) {
			// "the department which reported ...", misparsed with the pronoun heading
			// the relative clause
			return up.getGovernor();
		}
		IndexedWord reduced = (up != null) ? reducedRelativeSubject(graph, up, verb) : null;
		if (reduced != null) {
			return reduced;
		}
		IndexedWord beyondRelative = (up != null) ? afterRelativeClause(graph, up, verb) : null;
		if (beyondRelative != null) {
			return beyondRelative;
		}
		IndexedWord afterPreposition = afterPrepositionSubject(graph, verb);
		if (afterPreposition != null) {
			return afterPreposition;
		}
		if (up != null && relation(up).equals("acl") && verb.tag().equals("VBG")
				&& DESCRIBING_PARTICIPLES.contains(verb.lemma().toLowerCase(Locale.ROOT))
				&& up.getGovernor().tag().matches("NN.*|PRP|CD") && up.getGovernor().index() < verb.index()) {
			// "footage of the mayor saying ...", "letters, one saying ...": the noun the
			// participle describes; but "was caught on camera saying ...": the one caught
			SemanticGraphEdge on = graph.incomingEdgeList(up.getGovernor()).stream().findFirst().orElse(null);
			if (on != null && relation(on).equals("obl") && hasCaseWord(graph, up.getGovernor(), "on")
					&& on.getGovernor().lemma().toLowerCase(Locale.ROOT).matches("catch|record|hear|film|tape")
					&& isPassive(graph, on.getGovernor()) && passiveSubject(graph, on.getGovernor()) != null) {
				return passiveSubject(graph, on.getGovernor());
			}
			return up.getGovernor();
		}
		if (up != null && relation(up).equals("conj") && up.getGovernor().tag().matches("JJ.*|NN.*")
				&& graph.outgoingEdgeList(up.getGovernor()).stream().anyMatch((edge) -> relation(edge).equals("cop"))) {
			// "X is bearish on loans and expects ...": the subject of the predicate
			// before (not "said the plan was flawed and demanded ...")
			IndexedWord goesOnFrom = reportingCoordinate(graph, up.getGovernor(), verb);
			IndexedWord reportingVerb = reportingVerbAbove(graph, up.getGovernor(), verb);
			if (goesOnFrom == null && reportingVerb != null && ownSubject(graph, reportingVerb) == null) {
				// "X, a former councilman who ran for mayor, claimed that the projections
				// were fantasy and noted ...", with the reporting verb's own subject lost
				// in the parse: whoever it is found to be
				goesOnFrom = subject(graph, reportingVerb);
			}
			return (goesOnFrom != null) ? goesOnFrom : ownSubject(graph, up.getGovernor());
		}
		IndexedWord distributive = distributiveSubject(graph, verb);
		if (distributive != null) {
			return distributive;
		}
		if (up == null || !up.getGovernor().tag().startsWith("VB")) {
			return null;
		}
		String relation = relation(up);
		if (relation.equals("xcomp") && ownSubject(graph, up.getGovernor()) != null) {
			// "the threats prompted NATO to order ...": a person or body as object does
			// it
			// (not in "a rule requiring officers to report ...", which nobody says)
			IndexedWord controller = graph.outgoingEdgeList(up.getGovernor())
				.stream()
				.filter((edge) -> relation(edge).equals("obj") && edge.getDependent().index() < verb.index())
				.map(SemanticGraphEdge::getDependent)
				.filter((object) -> isAnimate(graph, object) || isIssuer(object))
				.findFirst()
				.orElse(null);
			if (controller != null) {
				return controller;
			}
		}
		if (relation.matches("ccomp|xcomp") && verb.tag().equals("VB") && hasMark(graph, verb, "to")
				&& SPEECH_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))
				&& !verb.lemma().equalsIgnoreCase("agree") && isYetTo(graph, up.getGovernor(), verb)) {
			// "the governor has yet to say whether ...", "is yet to comment": a report
			// not yet made, like "declined to say" (not "is yet to be announced", nor
			// "has yet to agree whether ...", a decision)
			return ownSubject(graph, up.getGovernor());
		}
		boolean gerund = verb.tag().equals("VBG") && (relation.equals("obl") || relation.equals("dep"));
		if (relation.equals("advcl") && verb.tag().equals("VBG")) {
			// "walked round the stadium - where the team played - while chanting ...":
			// a participle after a dash closing a relative clause belongs to the clause
			// around it
			SemanticGraphEdge relative = graph.incomingEdgeList(up.getGovernor()).stream().findFirst().orElse(null);
			IndexedWord closing = graph.getNodeByIndexSafe(verb.index() - 1);
			if (closing != null && closing.tag().equals("IN")) {
				closing = graph.getNodeByIndexSafe(verb.index() - 2);
			}
			if (relative != null && relation(relative).equals("acl:relcl") && closing != null
					&& closing.word().matches("-|--|—|–|\\)|-RRB-")) {
				IndexedWord around = aroundRelative(graph, relative.getGovernor());
				if (around != null) {
					return around;
				}
			}
		}
		if (relation.equals("advcl") || relation.equals("xcomp") || gerund) {
			// "X declined to comment, saying ...": the subject of the governing verb (or
			// of
			// the verb it is coordinated with or complements: "X appeared and began by
			// saying ..."); "X was criticized for saying ...": its passive subject
			IndexedWord governing = clauseSubject(graph, up.getGovernor());
			if (gerund && governing != null && governing.index() > verb.index()) {
				// "began by saying she would ...", misparsed with the gerund inside what
				// it introduces: the subject of the verb before the gerund
				for (IndexedWord above = graph.getParent(up.getGovernor()); above != null; above = graph
					.getParent(above)) {
					if (above.tag().startsWith("VB") && above.index() < verb.index()) {
						IndexedWord aboveSubject = clauseSubject(graph, above);
						if (aboveSubject != null && aboveSubject.index() < verb.index()) {
							return aboveSubject;
						}
						break;
					}
				}
			}
			String control = up.getGovernor().lemma().toLowerCase(Locale.ROOT);
			if (governing == null && relation.equals("xcomp") && verb.tag().equals("VB") && hasMark(graph, verb, "to")
					&& PASSIVE_CONTROLLERS.contains(control) && isPassive(graph, up.getGovernor())) {
				// the passive subject controls the infinitive: "the president is expected
				// to say ...", "she was forced to admit ..." (not "was asked to comment",
				// which she need not have done)
				return passiveSubject(graph, up.getGovernor());
			}
			if (governing == null && relation.equals("xcomp") && hasMark(graph, verb, "to")
					&& HEARSAY_CONTROLLERS.contains(control) && isPassive(graph, up.getGovernor())
					&& (verb.tag().equals("VB") || verb.tag().equals("VBN") && graph.outgoingEdgeList(verb)
						.stream()
						.anyMatch((edge) -> relation(edge).equals("aux")
								&& edge.getDependent().lemma().equalsIgnoreCase("have")))) {
				// "the minister is said to have told colleagues ...", "Downing Street is
				// understood to believe ...": the one said to have told them
				return passiveSubject(graph, up.getGovernor());
			}
			if (governing == null && relation.equals("xcomp") && verb.tag().equals("VBG")
					&& control.matches("hear|overhear|see|catch|record|film|tape|videotape|spot|quote")
					&& isPassive(graph, up.getGovernor())) {
				// "he was overheard telling a donor ...", "was recorded saying ...":
				// the one heard is the speaker
				return passiveSubject(graph, up.getGovernor());
			}
			return (governing != null || relation.equals("xcomp")) ? governing
					: passiveSubject(graph, up.getGovernor());
		}
		if (!relation.equals("conj")) {
			return null;
		}
		IndexedWord beyond = beyondCoordination(graph, up.getGovernor(), verb);
		if (beyond != null) {
			return beyond;
		}
		// "X said ... but warned ...": the coordination is with the nearest reporting
		// verb above
		IndexedWord fallback = ownSubject(graph, up.getGovernor());
		if (fallback == null && up.getGovernor().index() < verb.index()) {
			// "the ministers were briefed on the plan and said ...": the one briefed
			fallback = passiveSubject(graph, up.getGovernor());
		}
		if (fallback == null) {
			fallback = besideOpeningParticiple(graph, up.getGovernor(), verb);
		}
		for (IndexedWord ancestor = up.getGovernor(); ancestor != null; ancestor = graph.getParent(ancestor)) {
			IndexedWord subject = ownSubject(graph, ancestor);
			if (subject != null && SPEECH_VERBS.contains(ancestor.lemma().toLowerCase(Locale.ROOT))) {
				return subject;
			}
			IndexedWord clause = ancestor;
			if (subject != null && subject.index() < ancestor.index() && graph.incomingEdgeList(ancestor)
				.stream()
				.anyMatch((edge) -> relation(edge).equals("advcl")) && graph.outgoingEdgeList(ancestor)
					.stream()
					.anyMatch(
							(edge) -> relation(edge).equals("mark") && edge.getDependent().index() < clause.index())) {
				// "X called her a disgrace after she attacked ... and blamed ...": a
				// subordinate clause with its own subject holds its coordination
				break;
			}
			if (subject != null && graph.incomingEdgeList(ancestor)
				.stream()
				.anyMatch((edge) -> relation(edge).equals("parataxis") || relation(edge).startsWith("acl"))) {
				// "when my aunt mentioned ghosts, I laughed and said ...", misparsed
				// with the main clause inside the other: not beyond a clause of its own
				break;
			}
		}
		return fallback;
	}

	/**
	 * "The chairman was quoted as saying the company would ...": the passive "quoted"
	 * right before "as" and the participle, whatever the parse hung the participle on (it
	 * may take "saying" for a discourse word of the clause after it); null otherwise.
	 */
	private static IndexedWord quotedAs(SemanticGraph graph, IndexedWord verb) {
		IndexedWord as = graph.getNodeByIndexSafe(verb.index() - 1);
		IndexedWord quoted = graph.getNodeByIndexSafe(verb.index() - 2);
		if (!verb.tag().equals("VBG") || as == null || quoted == null || !as.word().equalsIgnoreCase("as")
				|| !quoted.tag().equals("VBN") || !quoted.lemma().equalsIgnoreCase("quote") || !isPassive(graph, quoted)
				|| passiveSubject(graph, quoted) == null) {
			return null;
		}
		return quoted;
	}

	/**
	 * "Asked about the report, a spokesman declined to comment, but said ...", misparsed
	 * with the opening participle as the head of the sentence and the verbs hung from it:
	 * the subject of the main verb hung beside the coordinated one, before it. Null when
	 * the governor is not a subjectless participle opening the sentence.
	 */
	private static IndexedWord besideOpeningParticiple(SemanticGraph graph, IndexedWord governor, IndexedWord verb) {
		if (governor.index() != 1 || !governor.tag().equals("VBN") || ownSubject(graph, governor) != null) {
			return null;
		}
		for (SemanticGraphEdge edge : graph.outgoingEdgeList(governor)) {
			IndexedWord main = edge.getDependent();
			if (relation(edge).matches("dep|parataxis|ccomp") && main.tag().matches("VBD|VBZ|VBP")
					&& main.index() < verb.index()) {
				IndexedWord subject = ownSubject(graph, main);
				if (subject != null && subject.index() < main.index()) {
					return subject;
				}
			}
		}
		return null;
	}

	/**
	 * The subject of a clause a coordinated verb cannot belong to as parsed, or null:
	 * "the mayor said the town would leave the pact and suggested ...", where a past verb
	 * cannot share "would" with the bare verb it is hung from, is coordinated with the
	 * reporting verb above; "X praised the station, which dropped him, and said ...",
	 * where commas close the relative clause, with the clause around it.
	 */
	private IndexedWord beyondCoordination(SemanticGraph graph, IndexedWord governor, IndexedWord verb) {
		boolean modal = graph.outgoingEdgeList(governor)
			.stream()
			.anyMatch((edge) -> relation(edge).equals("aux") && edge.getDependent().tag().equals("MD"));
		IndexedWord own = ownSubject(graph, governor);
		if (verb.tag().equals("VB") && governor.tag().equals("VB") && modal && own != null
				&& own.index() < governor.index()
				&& graph.outgoingEdgeList(verb)
					.stream()
					.noneMatch((edge) -> relation(edge).startsWith("aux") || relation(edge).equals("mark"))) {
			// "they should change the law rather than criticize him": a bare verb shares
			// the modal, and the subject, of the verb it is coordinated with
			return own;
		}
		IndexedWord goesOnFrom = reportingCoordinate(graph, governor, verb);
		if (goesOnFrom != null) {
			return goesOnFrom;
		}
		SemanticGraphEdge above = graph.incomingEdgeList(governor).stream().findFirst().orElse(null);
		if (above == null) {
			return null;
		}
		if (verb.tag().matches("VBD|VBZ") && governor.tag().equals("VB") && relation(above).equals("ccomp")
				&& above.getGovernor().tag().matches("VBD|VBZ|VBP")
				&& graph.outgoingEdgeList(governor)
					.stream()
					.anyMatch((edge) -> relation(edge).equals("aux") && edge.getDependent().tag().equals("MD"))) {
			IndexedWord reporting = ownSubject(graph, above.getGovernor());
			return (reporting != null && reporting.index() < governor.index()) ? reporting : null;
		}
		if (!relation(above).equals("acl:relcl") || !above.getGovernor().tag().matches("NN.*")) {
			return null;
		}
		IndexedWord noun = above.getGovernor();
		IndexedWord pronoun = ownSubject(graph, governor);
		IndexedWord opening = (pronoun != null) ? graph.getNodeByIndexSafe(pronoun.index() - 1) : null;
		IndexedWord beforeAnd = graph.getNodeByIndexSafe(verb.index() - 2);
		IndexedWord and = graph.getNodeByIndexSafe(verb.index() - 1);
		if (opening == null || beforeAnd == null || and == null || !opening.word().equals(",")
				|| !pronoun.word().toLowerCase(Locale.ROOT).matches("who|which") || !beforeAnd.word().equals(",")
				|| !and.tag().equals("CC")) {
			return null;
		}
		return aroundRelative(graph, noun);
	}

	/**
	 * "The leader tweeted that the count had been stolen and urged her followers to ...",
	 * parsed with "urged" coordinated inside the reported clause: a verb of speech in the
	 * tense of the reporting verb, acting on an object, cannot share the subject of a
	 * passive clause or of a thing ("the polls were rigged", "the plan was flawed"), so
	 * it goes on from the reporting verb. The reporting verb's subject, or null.
	 */
	private static IndexedWord reportingCoordinate(SemanticGraph graph, IndexedWord governor, IndexedWord verb) {
		IndexedWord reportingVerb = reportingVerbAbove(graph, governor, verb);
		IndexedWord reporting = (reportingVerb != null) ? ownSubject(graph, reportingVerb) : null;
		return (reporting != null && reporting.index() < governor.index()) ? reporting : null;
	}

	/**
	 * The reporting verb a coordinated verb of speech goes on from (see
	 * reportingCoordinate), or null.
	 */
	private static IndexedWord reportingVerbAbove(SemanticGraph graph, IndexedWord governor, IndexedWord verb) {
		SemanticGraphEdge above = graph.incomingEdgeList(governor).stream().findFirst().orElse(null);
		if (above == null || !relation(above).equals("ccomp") || verb.index() < governor.index()
				|| !(verb.tag().matches("VBD|VBZ") && verb.tag().equals(above.getGovernor().tag())
						|| verb.tag().equals("VBN") && above.getGovernor().tag().equals("VBD"))
				|| !isCueWord(verb.lemma().toLowerCase(Locale.ROOT)) || ownSubject(graph, verb) != null
				|| graph.outgoingEdgeList(verb)
					.stream()
					.noneMatch((edge) -> relation(edge).matches("obj|xcomp|ccomp|obl"))) {
			return null;
		}
		IndexedWord clauseSubject = ownSubject(graph, governor);
		boolean passive = graph.outgoingEdgeList(governor)
			.stream()
			.anyMatch((edge) -> relation(edge).equals("aux:pass") || relation(edge).equals("nsubj:pass"));
		if (!passive && (clauseSubject == null || isAnimate(graph, clauseSubject) || isIssuer(clauseSubject))) {
			return null;
		}
		return above.getGovernor();
	}

	/**
	 * The subject of the clause around a noun a relative clause describes, when it comes
	 * before the noun; null otherwise.
	 */
	private IndexedWord aroundRelative(SemanticGraph graph, IndexedWord noun) {
		IndexedWord main = graph.getParent(noun);
		for (int step = 0; step < 2 && main != null && !main.tag().startsWith("VB"); step++) {
			main = graph.getParent(main);
		}
		if (main == null || !main.tag().startsWith("VB") || main.index() > noun.index()) {
			return null;
		}
		IndexedWord subject = clauseSubject(graph, main);
		return (subject != null && subject.index() < noun.index() && !subject.equals(noun)) ? subject : null;
	}

	/**
	 * "The latest poll released Monday shows ...", "protesters marching through the
	 * streets chanted ...", misparsed with the participle as the main verb and the real
	 * verb hanging from it: the participle's subject, or null.
	 */
	private IndexedWord reducedRelativeSubject(SemanticGraph graph, SemanticGraphEdge up, IndexedWord verb) {
		IndexedWord participle = misparsedParticiple(graph, up, verb);
		if (participle != null) {
			IndexedWord subject = ownSubject(graph, participle);
			return (subject != null && subject.index() < participle.index()) ? subject : null;
		}
		participle = up.getGovernor();
		if (!relation(up).equals("dep") || !verb.tag().matches("VBZ|VBD|VBP") || !participle.tag().matches("VBN|VBG")
				|| participle.index() > verb.index()
				|| graph.outgoingEdgeList(participle).stream().anyMatch((edge) -> relation(edge).startsWith("aux"))) {
			return null;
		}
		if (participle.tag().equals("VBG") && !graph.getRoots().contains(participle)) {
			// "with Iran backing the rebels as Turkey supports ...": a participle
			// inside the sentence has a subject of its own
			return null;
		}
		IndexedWord subject = ownSubject(graph, participle);
		return (subject != null && subject.index() < participle.index()) ? subject : null;
	}

	/**
	 * "A letter signed by 40 senators called for ...", "a memo written by the chief of
	 * staff warned ...", misparsed with the participle as the main verb (it has a "by"
	 * agent and no auxiliary, so it cannot be one) and the real verb hanging from it or
	 * from its agent: the participle, or null.
	 */
	private static IndexedWord misparsedParticiple(SemanticGraph graph, SemanticGraphEdge up, IndexedWord verb) {
		IndexedWord participle = up.getGovernor();
		if (relation(up).equals("acl") && participle.tag().startsWith("NN")) {
			// the verb hangs from the agent: "signed by the leaders called ..."
			SemanticGraphEdge agent = graph.incomingEdgeList(participle).stream().findFirst().orElse(null);
			if (agent == null || !relation(agent).equals("obl") || !hasCaseWord(graph, participle, "by")) {
				return null;
			}
			participle = agent.getGovernor();
		}
		else if (!relation(up).equals("dep")) {
			return null;
		}
		IndexedWord before = graph.getNodeByIndexSafe(verb.index() - 1);
		if (!verb.tag().matches("VBZ|VBD|VBP|VBN") || !participle.tag().matches("VBN|VBD")
				|| participle.index() > verb.index() || !graph.getRoots().contains(participle) || before == null
				|| before.word().equals(",") || isRelativePronoun(before)
				|| graph.outgoingEdgeList(participle)
					.stream()
					.anyMatch((edge) -> relation(edge).startsWith("aux") || relation(edge).equals("cop"))
				|| graph.outgoingEdgeList(participle)
					.stream()
					.noneMatch((edge) -> relation(edge).equals("obl") && hasCaseWord(graph, edge.getDependent(), "by")
							&& edge.getDependent().index() < verb.index())) {
			return null;
		}
		return participle;
	}

	/**
	 * "Marta Ilves, a nurse who treated the men, said later ...": the main verb after the
	 * comma that closes a relative clause, misparsed as hanging from the clause's verb,
	 * has the noun the clause describes (or the name that noun is in apposition to) as
	 * its subject. Null otherwise, and for a verb joined by "and" to the clause's own
	 * verb ("who met him and recalled ...").
	 */
	private IndexedWord afterRelativeClause(SemanticGraph graph, SemanticGraphEdge up, IndexedWord verb) {
		if (!verb.tag().matches("VBD|VBZ|VBP") || !Set.of("dep", "parataxis", "conj", "ccomp").contains(relation(up))
				|| graph.outgoingEdgeList(verb).stream().anyMatch((edge) -> relation(edge).equals("cc"))) {
			return null;
		}
		int before = verb.index() - 1;
		while (before > 0 && graph.getNodeByIndexSafe(before) != null
				&& graph.getNodeByIndexSafe(before).tag().startsWith("RB")) {
			before--;
		}
		IndexedWord comma = graph.getNodeByIndexSafe(before);
		if (comma == null || !comma.word().equals(",")) {
			return null;
		}
		IndexedWord clauseVerb = up.getGovernor();
		SemanticGraphEdge relative = graph.incomingEdgeList(clauseVerb).stream().findFirst().orElse(null);
		if (relative == null || !relation(relative).equals("acl:relcl") || clauseVerb.index() > verb.index()) {
			return null;
		}
		IndexedWord noun = relative.getGovernor();
		SemanticGraphEdge apposition = graph.incomingEdgeList(noun).stream().findFirst().orElse(null);
		if (apposition != null && relation(apposition).equals("appos")
				&& apposition.getGovernor().index() < noun.index()) {
			noun = apposition.getGovernor();
		}
		return (noun.tag().matches("NN.*|PRP") && noun.index() < clauseVerb.index()) ? noun : null;
	}

	/**
	 * True for the participle of "the poll released Monday shows ..." when the parse
	 * makes it the main verb: it describes the source and reports nothing itself.
	 */
	private boolean isReducedRelative(SemanticGraph graph, IndexedWord participle) {
		if (participle.tag().matches("VBN|VBD") && graph.getRoots().contains(participle)) {
			for (SemanticGraphEdge edge : graph.edgeIterable()) {
				if (participle.equals(misparsedParticiple(graph, edge, edge.getDependent()))) {
					return true;
				}
			}
		}
		return participle.tag().matches("VBN|VBG") && graph.outgoingEdgeList(participle)
			.stream()
			.anyMatch((edge) -> reducedRelativeSubject(graph, edge, edge.getDependent()) != null);
	}

	/**
	 * "After saying ..., the mayor asked ...", "aside from saying ...": a gerund after a
	 * preposition, misparsed as hanging from the preposition, reports for the subject of
	 * the clause the preposition belongs to; null otherwise.
	 */
	private IndexedWord afterPrepositionSubject(SemanticGraph graph, IndexedWord verb) {
		IndexedWord before = graph.getNodeByIndexSafe(verb.index() - 1);
		if (!verb.tag().equals("VBG") || before == null || !before.tag().equals("IN")) {
			return null;
		}
		IndexedWord above = graph.getParent(verb);
		if (above == null || !above.tag().matches("IN|RB")) {
			return null;
		}
		// the clause the preposition belongs to, also through a noun ("has no way of
		// knowing"), not through an adjective ("right in saying")
		for (int step = 0; step < 2 && above != null && above.tag().matches("IN|RB|NN.*"); step++) {
			above = graph.getParent(above);
		}
		return (above != null && above.tag().startsWith("VB")) ? clauseSubject(graph, above) : null;
	}

	/**
	 * The verb's own subject, else that of the verb it is coordinated with or complements
	 * ("X appeared and began ...", "X refuses to discuss ...").
	 */
	private IndexedWord clauseSubject(SemanticGraph graph, IndexedWord verb) {
		IndexedWord at = verb;
		for (int step = 0; step < 4 && at != null; step++) {
			IndexedWord own = ownSubject(graph, at);
			if (own != null) {
				return own;
			}
			SemanticGraphEdge up = graph.incomingEdgeList(at).stream().findFirst().orElse(null);
			if (up == null || !up.getGovernor().tag().startsWith("VB")
					|| !relation(up).equals("conj") && !relation(up).equals("xcomp")
					|| relation(up).equals("xcomp") && graph.outgoingEdgeList(up.getGovernor())
						.stream()
						.anyMatch((edge) -> relation(edge).equals("obj") || relation(edge).equals("iobj"))) {
				// "permits members to vote": the object, not the subject, does it
				return null;
			}
			at = up.getGovernor();
		}
		return null;
	}

	private static IndexedWord passiveSubject(SemanticGraph graph, IndexedWord verb) {
		return graph.outgoingEdgeList(verb)
			.stream()
			.filter((edge) -> relation(edge).equals("nsubj:pass"))
			.map(SemanticGraphEdge::getDependent)
			.findFirst()
			.orElse(null);
	}

	/**
	 * "The two governors traded barbs, each touting their record and saying ...": a
	 * participle (or participles joined by "and") describing "each" or "both" speaks for
	 * that word, which stands for the people before it.
	 */
	private static IndexedWord distributiveSubject(SemanticGraph graph, IndexedWord verb) {
		IndexedWord participle = verb;
		while (participle != null && participle.tag().equals("VBG")) {
			SemanticGraphEdge up = graph.incomingEdgeList(participle).stream().findFirst().orElse(null);
			if (up == null) {
				return null;
			}
			IndexedWord governor = up.getGovernor();
			// (the parse may join the second participle to "each" itself)
			if ((relation(up).startsWith("acl") || relation(up).equals("conj")) && governor.index() < participle.index()
					&& governor.word().toLowerCase(Locale.ROOT).matches("each|both")) {
				return governor;
			}
			if (relation(up).equals("conj") && governor.tag().matches("VBD|VBZ|VBP")) {
				// or to the verb before "each", as another predicate
				IndexedWord after = participle;
				return graph.outgoingEdgeList(governor)
					.stream()
					.map(SemanticGraphEdge::getDependent)
					.filter((each) -> each.word().toLowerCase(Locale.ROOT).matches("each|both")
							&& each.index() > governor.index() && each.index() < after.index()
							&& graph.outgoingEdgeList(each)
								.stream()
								.anyMatch((edge) -> relation(edge).startsWith("acl")
										&& edge.getDependent().tag().equals("VBG")))
					.findFirst()
					.orElse(null);
			}
			participle = relation(up).equals("conj") ? governor : null;
		}
		return null;
	}

	/**
	 * "X killed 100 people, most of them soldiers, in an attack ..., two security sources
	 * and a local resident said", misparsed with the aside as the subject: the people
	 * named right before the verb, after a comma past the aside, are the speakers.
	 */
	private static IndexedWord besideAside(SemanticGraph graph, IndexedWord verb, IndexedWord subject) {
		if (subject == null || subject.index() >= verb.index() - 1
				|| graph.outgoingEdgeList(subject).stream().noneMatch((edge) -> relation(edge).equals("nsubj"))) {
			return subject;
		}
		IndexedWord before = graph.getNodeByIndexSafe(verb.index() - 1);
		if (before == null || !before.tag().matches("NNS?|NNPS?")) {
			return subject;
		}
		int comma = subject.index() + 1;
		while (comma < verb.index()
				&& (graph.getNodeByIndexSafe(comma) == null || !",".equals(graph.getNodeByIndexSafe(comma).word()))) {
			comma++;
		}
		if (comma >= before.index()) {
			return subject;
		}
		// the basic parse joins the speakers to the aside as its conjuncts
		int after = comma;
		return Stream
			.concat(Stream.of(before),
					graph.outgoingEdgeList(subject)
						.stream()
						.filter((edge) -> relation(edge).startsWith("conj"))
						.map(SemanticGraphEdge::getDependent))
			.filter((word) -> word.index() > after && word.tag().matches("NNS?|NNPS?"))
			.min(Comparator.comparingInt(IndexedWord::index))
			.orElse(subject);
	}

	/**
	 * A noun asked about after a verb: "(could not tell) which officer", "(asked) what
	 * group"; not a relative "in which he said".
	 */
	private static boolean askedWhich(SemanticGraph graph, IndexedWord noun) {
		IndexedWord which = graph.getNodeByIndexSafe(noun.index() - 1);
		IndexedWord asker = (which != null) ? graph.getNodeByIndexSafe(which.index() - 1) : null;
		return noun.tag().startsWith("NN") && which != null && which.tag().equals("WDT")
				&& which.word().matches("(?i)which|what") && asker != null && asker.tag().startsWith("VB");
	}

	/** The verb's own subject; of several (a misparse), the one nearest the verb. */
	private static IndexedWord ownSubject(SemanticGraph graph, IndexedWord verb) {
		IndexedWord nearest = null;
		for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
			if (SUBJECT_RELATIONS.contains(relation(edge)) && (nearest == null || Math
				.abs(edge.getDependent().index() - verb.index()) < Math.abs(nearest.index() - verb.index()))) {
				nearest = edge.getDependent();
			}
		}
		return nearest;
	}

	/**
	 * "“...?” Clinton said.": the splitter ends a sentence at a quoted question or
	 * exclamation, so a sentence opening with its reporting clause reports the quotation
	 * just before it.
	 */
	private static int[] quoteBefore(CoreSentence sentence, Quotes quotes, int firstReportingToken) {
		if (firstReportingToken != 0) {
			return null;
		}
		return quotes.endingBefore(sentence.charOffsets().first());
	}

	private int[] content(CoreSentence sentence, SemanticGraph graph, IndexedWord verb, IndexedWord subject) {
		// "each touting their record": a participle describing "each" reports no clause
		// around it
		int[] around = (subject != null && subject.word().toLowerCase(Locale.ROOT).matches("each|both")) ? null
				: aroundReportingClause(sentence, graph, verb, subject);
		if (around != null) {
			return around;
		}
		// an adverbial clause before the verb only when no "that" clause follows it
		// ("Asked whether ..., she said she had not decided"), and never a set phrase
		// ("Needless to say, ...")
		boolean clauseAfter = graph.outgoingEdgeList(verb)
			.stream()
			.anyMatch((edge) -> relation(edge).equals("ccomp") && edge.getDependent().index() > verb.index());
		for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
			String relation = relation(edge);
			if (trailingParticiple(sentence, graph, verb, edge.getDependent())
					|| participleReport(sentence, graph, verb, edge.getDependent())
					|| resultParticiple(sentence, graph, verb, edge.getDependent())) {
				// "The army has lost 500 men, the commander said, adding that ...": the
				// participle goes on after the report; what was said is before it
				continue;
			}
			if (relation.equals("xcomp") && edge.getDependent().tag().startsWith("NN") && inverted(graph, verb)) {
				// ", said the governor": the speaker misparsed as a complement
				continue;
			}
			if (CONTENT_RELATIONS.contains(relation)
					|| relation.equals("obj") && isQuoted(sentence, edge.getDependent())
					|| relation.equals("advcl") && edge.getDependent().index() < verb.index() && !clauseAfter
							&& !isIdiom(sentence.tokens(), edge.getDependent().index() - 1)
							&& !isClauseOfTimeOrCause(graph, edge.getDependent())
					|| relation.equals("dep") && !verb.tag().equals("VBG") && edge.getDependent().tag().startsWith("VB")
							&& edge.getDependent().index() > verb.index() + 1) {
				// "the poll showed Clinton doing better", misparsed with the clause as a
				// loose dependent
				Set<Integer> clause = subtree(graph, edge.getDependent(), Set.of());
				for (SemanticGraphEdge conj : graph.outgoingEdgeList(edge.getDependent())) {
					if (relation(conj).equals("conj")
							&& reportingVerbAbove(graph, edge.getDependent(), conj.getDependent()) != null) {
						// "tweeted that the count was stolen and urged ...": not what was
						// tweeted
						clause.removeAll(subtree(graph, conj.getDependent(), Set.of()));
						clause.removeIf((i) -> i >= conj.getDependent().index() - 1 && i < conj.getDependent().index()
								&& graph.getNodeByIndexSafe(i) != null
								&& graph.getNodeByIndexSafe(i).tag().equals("CC"));
					}
				}
				clause.addAll(lostSubject(graph, verb, edge.getDependent(), clause));
				return extent(sentence, clause);
			}
		}
		// "“...,” X said" and "..., X said": the reporting clause hangs off the content
		for (SemanticGraphEdge edge : graph.incomingEdgeList(verb)) {
			String relation = relation(edge);
			if (relation.equals("advcl") && hasMark(graph, verb, "as")
					&& !ADDRESSEE_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))
					&& !"put".equals(verb.lemma().toLowerCase(Locale.ROOT))) {
				SemanticGraphEdge object = graph.outgoingEdgeList(verb)
					.stream()
					.filter((out) -> relation(out).equals("obj") && out.getDependent().index() > verb.index()
							&& out.getDependent().tag().startsWith("NN")
							&& !isPeopleNoun(out.getDependent().backingLabel())
							&& !"PERSON".equals(out.getDependent().ner()))
					.findFirst()
					.orElse(null);
				if (object != null) {
					// "... as Ukraine reports heavy losses": what is reported is the
					// object, not the clause the report accompanies
					return extent(sentence, subtree(graph, object.getDependent(), Set.of()));
				}
			}
			if (relation.equals("advcl") && hasMark(graph, verb, "as") || relation.equals("parataxis")
					|| relation.equals("csubj")
					|| relation.equals("ccomp") && edge.getGovernor().index() < verb.index()
							&& !edge.getGovernor().tag().startsWith("NN")
							&& !isReported(graph, edge.getGovernor(), verb)
							&& !isYetTo(graph, edge.getGovernor(), verb)) {
				Set<Integer> content = subtree(graph, edge.getGovernor(), Set.of());
				content.removeAll(subtree(graph, verb, Set.of()));
				for (SemanticGraphEdge after : graph.outgoingEdgeList(edge.getGovernor())) {
					if (after.getDependent().index() > verb.index() && after.getDependent().tag().equals("VBG")
							&& !relation.equals("csubj")) {
						// "..., the commander said, adding that ...": the participle
						// after
						// the report is no part of what was said
						content.removeAll(subtree(graph, after.getDependent(), Set.of()));
					}
				}
				if (relation.equals("csubj")) {
					// "told reporters the tunnel would close", misparsed with "told" as
					// the subject of "close" and "the tunnel" as its object
					content.addAll(lostSubject(graph, verb, edge.getGovernor(), content));
				}
				return extent(sentence, content);
			}
		}
		return tagAfterComma(sentence, graph, verb);
	}

	/**
	 * "..., the regional governor Vadym Filashkin said (on Monday)." and "..., said the
	 * governor" with the tag misparsed as a loose dependent of a noun or verb before it:
	 * the sentence up to the comma that opens the tag is what was said. Null when the
	 * verb has its own clause or no comma opens the tag.
	 */
	private static int[] tagAfterComma(CoreSentence sentence, SemanticGraph graph, IndexedWord verb) {
		SemanticGraphEdge up = graph.incomingEdgeList(verb).stream().findFirst().orElse(null);
		if (up == null || !relation(up).equals("dep") || up.getGovernor().index() > verb.index()
				|| !verb.tag().matches("VBD|VBZ|VBP")
				|| graph.outgoingEdgeList(verb)
					.stream()
					.anyMatch((edge) -> relation(edge).matches("ccomp|xcomp|obj|advcl|parataxis|conj")
							&& !(inverted(graph, verb) && edge.getDependent().tag().startsWith("NN"))
							&& !commaBetween(sentence.tokens(), verb, edge.getDependent()))) {
			return null;
		}
		int first = verb.index();
		for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
			if (relation(edge).startsWith("nsubj") && edge.getDependent().index() < verb.index()) {
				first = Math.min(first, subtree(graph, edge.getDependent(), Set.of()).iterator().next());
			}
		}
		IndexedWord comma = graph.getNodeByIndexSafe(first - 1);
		if (comma == null || !comma.word().equals(",") || first - 1 <= up.getGovernor().index()) {
			return null;
		}
		IndexedWord top = up.getGovernor();
		for (int hops = 0; hops < 50 && graph.getParent(top) != null; hops++) {
			top = graph.getParent(top);
		}
		Set<Integer> content = subtree(graph, top, Set.of());
		int tagStart = first - 1;
		content.removeIf((i) -> i >= tagStart);
		// "X launched 90 drones, the air force said, and two people were killed, the
		// governor said": only what follows the earlier report's tag
		int earlier = content.stream()
			.filter((i) -> graph.getNodeByIndexSafe(i) != null && graph.getNodeByIndexSafe(i).tag().matches("VBD|VBZ")
					&& isSpeechVerb(graph.getNodeByIndexSafe(i).lemma()) && graph.getNodeByIndexSafe(i + 1) != null
					&& graph.getNodeByIndexSafe(i + 1).word().equals(","))
			.max(Integer::compare)
			.orElse(0);
		content.removeIf((i) -> earlier > 0
				&& (i <= earlier + 1 || i == earlier + 2 && graph.getNodeByIndexSafe(i).tag().equals("CC")));
		return content.isEmpty() ? null : extent(sentence, content);
	}

	/** "..., said the governor": the verb right after a comma, no subject before it. */
	private static boolean inverted(SemanticGraph graph, IndexedWord verb) {
		IndexedWord comma = graph.getNodeByIndexSafe(verb.index() - 1);
		return comma != null && comma.word().equals(",") && graph.outgoingEdgeList(verb)
			.stream()
			.noneMatch((edge) -> relation(edge).startsWith("nsubj") && edge.getDependent().index() < verb.index());
	}

	/**
	 * A participle after the verb and a comma ("..., X said, adding that ...", "..., X
	 * said last week, outnumbering ...") when the verb itself hangs off a clause before
	 * it: that clause is the content.
	 */
	private static boolean trailingParticiple(CoreSentence sentence, SemanticGraph graph, IndexedWord verb,
			IndexedWord dependent) {
		if (!dependent.tag().equals("VBG") || dependent.index() <= verb.index()) {
			return false;
		}
		return commaBetween(sentence.tokens(), verb, dependent) && graph.incomingEdgeList(verb)
			.stream()
			.anyMatch((edge) -> relation(edge).matches("parataxis|ccomp|dep")
					&& edge.getGovernor().index() < verb.index() && (edge.getGovernor().tag().startsWith("VB")
							|| relation(edge).equals("dep") && edge.getGovernor().tag().startsWith("NN")));
	}

	/**
	 * "the military ordered a curfew, further limiting access to markets": a participle
	 * after the verb's object and a comma tells what the deed did, not what was said (but
	 * "denied the report, saying ..." reports).
	 */
	private boolean resultParticiple(CoreSentence sentence, SemanticGraph graph, IndexedWord verb,
			IndexedWord dependent) {
		return dependent.tag().equals("VBG") && dependent.index() > verb.index()
				&& !REPORTING_PARTICIPLES.contains(dependent.lemma().toLowerCase(Locale.ROOT))
				&& commaBetween(sentence.tokens(), verb, dependent)
				&& graph.outgoingEdgeList(verb)
					.stream()
					.anyMatch((edge) -> relation(edge).equals("obj") && edge.getDependent().index() < dependent.index()
							&& edge.getDependent().tag().startsWith("NN") && !isQuoted(sentence, edge.getDependent()));
	}

	/**
	 * "appealed for calm, vowing that ...", "... the mission said on Wednesday, adding
	 * that ...", misparsed with the participle's clause as what was said: a report of its
	 * own, which opens the dependent's clause right after a comma.
	 */
	private static boolean participleReport(CoreSentence sentence, SemanticGraph graph, IndexedWord verb,
			IndexedWord dependent) {
		int first = subtree(graph, dependent, Set.of()).stream().min(Integer::compare).orElse(0);
		List<CoreLabel> tokens = sentence.tokens();
		if (first <= verb.index() + 1 || first > tokens.size()) {
			return false;
		}
		CoreLabel opening = tokens.get(first - 1);
		return opening.tag().equals("VBG") && isCueWord(Lexicon.lemma(opening))
				&& ",".equals(tokens.get(first - 2).word());
	}

	/**
	 * "appealed for calm, vowing that ...": what was said stops before a participle that
	 * reports on its own after a comma; the content's extent, cut there (as it was when
	 * no such participle follows the verb inside it).
	 */
	private static int[] beforeParticipleReport(CoreSentence sentence, IndexedWord verb, int[] content) {
		if (content == null) {
			return null;
		}
		List<CoreLabel> tokens = sentence.tokens();
		for (int k = verb.index(); k + 1 < tokens.size(); k++) {
			CoreLabel comma = tokens.get(k);
			CoreLabel participle = tokens.get(k + 1);
			if (comma.beginPosition() <= content[0] || participle.endPosition() > content[1]) {
				continue;
			}
			// (a deed, not a report, when a count follows a participle of two meanings:
			// "maintaining 5,000 troops there", "admitting 30 wounded patients")
			boolean deed = DEED_OR_REPORT.contains(Lexicon.lemma(participle)) && k + 2 < tokens.size()
					&& "CD".equals(tokens.get(k + 2).tag()) && !finiteAfter(tokens, k + 3, content[1]);
			if (",".equals(comma.word()) && participle.tag().equals("VBG") && !deed
					&& REPORTING_PARTICIPLES.contains(Lexicon.lemma(participle)) && k >= 1
					&& tokens.get(k - 1).endPosition() > content[0] && !asideBefore(tokens, k + 1, content)) {
				return new int[] { content[0], tokens.get(k - 1).endPosition() };
			}
		}
		return content;
	}

	/**
	 * Whether the participle at {@code from} opens an aside that a finite verb follows
	 * inside the content, perhaps after an adverb: "the officials, citing intelligence,
	 * had warned", "the gunmen, saying they were police, then opened fire" (not "adding,
	 * however, that", a participle's own report with commas in it).
	 */
	private static boolean asideBefore(List<CoreLabel> tokens, int from, int[] content) {
		for (int k = from; k + 1 < tokens.size() && tokens.get(k + 1).endPosition() <= content[1]; k++) {
			if (!",".equals(tokens.get(k).word())) {
				continue;
			}
			int next = k + 1;
			while (next + 1 < tokens.size() && tokens.get(next).tag().startsWith("RB")
					&& tokens.get(next + 1).endPosition() <= content[1]) {
				next++;
			}
			if (tokens.get(next).tag().matches("VBD|VBZ|VBP|MD")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Reporting participles that may also be deeds: "maintaining that" reports,
	 * "maintaining 5,000 troops" does not; nor does "threatening to kill" say who speaks.
	 */
	private static final Set<String> DEED_OR_REPORT = Set.of("maintain", "admit", "dismiss", "threaten", "recall",
			"point");

	/**
	 * Participles that report on their own after a comma: "..., adding that", "...,
	 * vowing that" (not "claiming 14 lives", "demanding the release of").
	 */
	private static final Set<String> REPORTING_PARTICIPLES = Set.of("say", "add", "note", "warn", "vow", "insist",
			"argue", "stress", "explain", "cite", "call", "deny", "confirm", "accuse", "urge", "describe", "tell",
			"quote", "announce", "state", "admit", "acknowledge", "allege", "report", "pledge", "threaten", "estimate",
			"blame", "condemn", "promise", "repeat", "reiterate", "dismiss", "fear", "hope", "predict", "suggest",
			"assert", "maintain", "concede", "complain", "recall", "caution", "declare", "reject", "point", "write",
			"praise", "criticise", "criticize", "signal", "hint");

	/** A comma between the verb and a dependent after it: ", as Russia pressed on". */
	private static boolean commaBetween(List<CoreLabel> tokens, IndexedWord verb, IndexedWord dependent) {
		// 1-based graph indices: the tokens strictly between the two words
		for (int k = verb.index(); k < dependent.index() - 1; k++) {
			if (",".equals(tokens.get(k).word())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "Because the governor said ...", "when the audit found ...": an adverbial clause
	 * that sets the time, cause or concession of the verb, not what it reports.
	 */
	private static boolean isClauseOfTimeOrCause(SemanticGraph graph, IndexedWord clause) {
		return graph.outgoingEdgeList(clause)
			.stream()
			.anyMatch((edge) -> relation(edge).matches("mark|advmod")
					&& TIME_OR_CAUSE_MARKS.contains(edge.getDependent().word().toLowerCase(Locale.ROOT)));
	}

	/**
	 * "She added the tax and the fee would both rise", parsed with "the tax and the fee"
	 * as the object of "added" and the clause without a subject: the object is the
	 * clause's subject. Not the person told or warned ("told reporters the bridge would
	 * close"). The object's indices, or none.
	 */
	private static Set<Integer> lostSubject(SemanticGraph graph, IndexedWord verb, IndexedWord clauseHead,
			Set<Integer> clause) {
		int clauseStart = clause.stream().min(Integer::compare).orElse(0);
		boolean addressed = graph.outgoingEdgeList(verb).stream().anyMatch((edge) -> relation(edge).equals("iobj"));
		if (clauseHead.index() < verb.index()
				|| ADDRESSEE_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT)) && !addressed
				|| graph.outgoingEdgeList(clauseHead)
					.stream()
					.anyMatch((edge) -> relation(edge).startsWith("nsubj") || relation(edge).equals("mark")
							|| relation(edge).equals("expl"))) {
			return Set.of();
		}
		for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
			IndexedWord object = edge.getDependent();
			if (relation(edge).equals("obj") && object.index() > verb.index() && object.index() < clauseStart) {
				Set<Integer> subject = subtree(graph, object, Set.of());
				if (subject.stream().allMatch((i) -> i > verb.index() && i < clauseStart)) {
					return subject;
				}
			}
		}
		return Set.of();
	}

	/**
	 * "Polls showed that few voters thought ...", "she condemned what he called ...": a
	 * clause that is what a verb of speech or thought reports, not a reporting clause
	 * hung off its content.
	 */
	private static boolean isReported(SemanticGraph graph, IndexedWord governor, IndexedWord verb) {
		return hasMark(graph, verb, "that")
				|| governor.tag().startsWith("VB") && isCueWord(governor.lemma().toLowerCase(Locale.ROOT));
	}

	/**
	 * The "has" or "is" of "has yet to say", "is yet to comment" ({@code verb} the "say";
	 * the parse may hang "yet" on either).
	 */
	private static boolean isYetTo(SemanticGraph graph, IndexedWord governor, IndexedWord verb) {
		return governor.lemma().toLowerCase(Locale.ROOT).matches("have|be") && Stream.of(governor, verb)
			.flatMap((word) -> graph.outgoingEdgeList(word).stream())
			.anyMatch((edge) -> relation(edge).equals("advmod") && edge.getDependent().word().equalsIgnoreCase("yet"));
	}

	/**
	 * "..., X said", "“...,” said X" and "..., X said, ...": when the reporting clause is
	 * set off by a comma or quote mark, the content is the longer side of the sentence,
	 * whatever the parse made of it.
	 */
	private int[] aroundReportingClause(CoreSentence sentence, SemanticGraph graph, IndexedWord verb,
			IndexedWord subject) {
		List<CoreLabel> tokens = sentence.tokens();
		List<CoreLabel> source = sourceTokens(sentence, graph, subject);
		int first = Math.min(tokens.indexOf(source.get(0)), verb.index() - 1);
		int last = Math.max(tokens.indexOf(source.get(source.size() - 1)), verb.index() - 1);
		if (first < 3 || !isQuoteOrComma(tokens, first - 1) || last - first > source.size() + 1) {
			return null;
		}
		if (subject.word().toLowerCase(Locale.ROOT).matches("who|which") && subject.index() < verb.index()
				&& graph.outgoingEdgeList(verb).stream().anyMatch((edge) -> edge.getDependent().equals(subject))) {
			// "..., human rights groups, who said it would ...": a relative clause, not a
			// reporting clause set off from its content
			return null;
		}
		if (isOpeningApposition(graph, verb, subject)) {
			// "The group's treasurer, Howard Lintz, denied ...": the words before the
			// name are the speaker's title, not what was said
			return null;
		}
		for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
			if ((relation(edge).equals("ccomp") || relation(edge).equals("xcomp"))
					&& edge.getDependent().index() > verb.index()) {
				return null;
			}
		}
		if (titledAfterConjunction(tokens, first)) {
			// "..., and the city's development director, Anita Ross, said her staff
			// would ...", the clause misparsed: a report of its own, its content after
			// the verb up to a clause of the sentence's own (", adding", ", but")
			int start = verb.index();
			if (start >= tokens.size() || isQuoteOrComma(tokens, start) || ":".equals(tokens.get(start).word())) {
				return null;
			}
			int end = start;
			while (end < tokens.size() && !";".equals(tokens.get(end).word())
					&& !(",".equals(tokens.get(end).word()) && end + 1 < tokens.size()
							&& ("VBG".equals(tokens.get(end + 1).tag())
									&& !"including".equals(Lexicon.lower(tokens.get(end + 1)))
									|| Lexicon.lower(tokens.get(end + 1)).matches("but|while|though|although")
									|| "and".equals(Lexicon.lower(tokens.get(end + 1))) && end + 2 < tokens.size()
											&& !"that".equals(Lexicon.lower(tokens.get(end + 2)))))) {
				end++;
			}
			return range(tokens, start, end);
		}
		int[] before = range(tokens, 0, first);
		int after = last + 1;
		if (subject.index() > verb.index()) {
			// "“...,” said X, the campaign's director.": the apposition is the speaker's
			after = Math.max(after, subtree(graph, subject, Set.of()).stream().max(Integer::compare).orElse(0));
		}
		while (after < tokens.size() && !isQuoteOrComma(tokens, after) && !tokens.get(after).word().equals(":")) {
			after++;
		}
		int[] following = (after < tokens.size()) ? range(tokens, after + 1, tokens.size()) : null;
		if (before != null && isFrontedAdjunct(graph, verb, tokens, first)) {
			// "According to a readout of the call, the president stressed ...", "At a
			// diner in Dubuque, the senator stressed ...": the verb's own phrase of
			// place, time or source is no content of it
			return following;
		}
		// "..., the commander said, adding that ...": a participle after the reporting
		// clause goes on from the report, whichever side is longer
		boolean participle = following != null && after + 1 < tokens.size()
				&& "VBG".equals(tokens.get(after + 1).tag());
		if (following != null && before != null && !participle && following[1] - following[0] > before[1] - before[0]) {
			return following;
		}
		return before;
	}

	/**
	 * Whether the name at {@code first} (0-based, after a comma) follows ", and" and a
	 * title set off by that comma: ", and the city's director, Anita Ross, said".
	 */
	private static boolean titledAfterConjunction(List<CoreLabel> tokens, int first) {
		int k = first - 2;
		int start = k;
		while (k >= 0 && start - k < 8 && tokens.get(k).tag().matches("DT|NNP?S?|JJ|POS|PRP\\$")) {
			k--;
		}
		return k >= 1 && k < start && tokens.get(k).tag().equals("CC") && isQuoteOrComma(tokens, k - 1);
	}

	/**
	 * "found him guilty of", "found the officer innocent": a verdict at the "find" at
	 * {@code at}, not a finding ("found innocent bystanders had been shot", also past an
	 * aside: "innocent civilians, including children, had been killed"), nor a find
	 * ("found innocent children in the rubble" reports nothing either).
	 */
	private static boolean isVerdict(List<CoreLabel> tokens, int at) {
		for (int k = at + 1; k < tokens.size() && k <= at + 5; k++) {
			String w = Lexicon.lower(tokens.get(k));
			if (Set.of("guilty", "innocent").contains(w)) {
				if (k + 1 >= tokens.size() || !tokens.get(k + 1).tag().matches("NN.*|JJ.*")) {
					// after whom it judges, as a predicate
					return k > at + 1;
				}
				int v = k + 1;
				while (v < tokens.size() && tokens.get(v).tag().matches("NN.*|JJ.*")) {
					v++;
				}
				if (v < tokens.size() && ",".equals(tokens.get(v).word())) {
					int close = v + 1;
					while (close < tokens.size() && close - v < 10 && !",".equals(tokens.get(close).word())) {
						close++;
					}
					if (close < tokens.size() && close - v < 10) {
						// past the aside only a verb right after it makes a finding
						// ("innocent civilians, including children, had been killed"),
						// not a relative clause or a second verb ("guilty Colonel Ivan
						// Petrov, the camp commander, and sentenced him", "..., 45, who
						// ordered")
						return close + 1 >= tokens.size() || !tokens.get(close + 1).tag().matches("VB[DZP]|MD");
					}
				}
				for (; v < tokens.size() && !",".equals(tokens.get(v).word()); v++) {
					if (tokens.get(v).tag().matches("VB[DZP]|MD")) {
						return false;
					}
				}
				return true;
			}
			if (Set.of(",", "that", ";", ":", "\"").contains(w) || tokens.get(k).tag().startsWith("VB")) {
				return false;
			}
		}
		return false;
	}

	/**
	 * Whether {@code name} is in apposition to the verb's parsed subject and that subject
	 * opens the sentence ("The group's treasurer, Howard Lintz, denied ..."; not "...,
	 * their employer, Reuters, said", where the subject follows a comma).
	 */
	private static boolean isOpeningApposition(SemanticGraph graph, IndexedWord verb, IndexedWord name) {
		if (!name.tag().startsWith("NNP")) {
			// "Labour will table a motion ..., the party's chief whip said", misparsed
			// with the whip in apposition to "table"
			return false;
		}
		for (SemanticGraphEdge edge : graph.incomingEdgeList(name)) {
			IndexedWord governor = edge.getGovernor();
			if (relation(edge).equals("appos") && governor.index() < name.index()
					&& subtree(graph, governor, Set.of("appos", "punct")).stream().min(Integer::compare).orElse(0) == 1
					&& graph.outgoingEdgeList(verb)
						.stream()
						.anyMatch((out) -> relation(out).startsWith("nsubj") && out.getDependent().equals(governor))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the words before {@code end} (all but punctuation, and no quotation) are a
	 * phrase or adverb the verb governs before its subject: "According to X, ...", "In
	 * Iowa, ...", "On Monday, ...".
	 */
	private static boolean isFrontedAdjunct(SemanticGraph graph, IndexedWord verb, List<CoreLabel> tokens, int end) {
		Set<Integer> adjunct = new HashSet<>();
		for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
			String relation = relation(edge);
			if ((relation.startsWith("obl") || relation.equals("advmod"))
					&& edge.getDependent().index() < verb.index()) {
				adjunct.addAll(subtree(graph, edge.getDependent(), Set.of()));
			}
		}
		if (adjunct.isEmpty()) {
			return false;
		}
		for (CoreLabel token : tokens.subList(0, end)) {
			if (isQuoteMark(token) || !isPunctuation(token) && !adjunct.contains(token.index())) {
				return false;
			}
		}
		return true;
	}

	private static boolean hasObject(SemanticGraph graph, IndexedWord verb) {
		return graph.outgoingEdgeList(verb)
			.stream()
			.anyMatch((edge) -> Set.of("obj", "iobj", "obl", "nmod", "dobj").contains(relation(edge)));
	}

	/**
	 * Content of a speech verb with no clause: the rest of the sentence on the far side
	 * of the source.
	 */
	private int[] rest(CoreSentence sentence, SemanticGraph graph, IndexedWord verb, IndexedWord subject) {
		Set<Integer> indices = new TreeSet<>();
		for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
			if (!REST_SKIPPED.contains(relation(edge))) {
				indices.addAll(subtree(graph, edge.getDependent(), Set.of()));
			}
		}
		indices.removeIf((i) -> (subject.index() < verb.index()) ? i < verb.index() : i > verb.index());
		if (indices.isEmpty() && subject.index() < verb.index()) {
			// a misparse left the verb without dependents: take the rest of the sentence
			return range(sentence.tokens(), verb.index(), sentence.tokens().size());
		}
		return indices.isEmpty() ? null : extent(sentence, indices);
	}

	private Found according(CoreSentence sentence, SemanticGraph graph, IndexedWord according, int index,
			Quotes quotes) {
		List<CoreLabel> tokens = sentence.tokens();
		if (according.index() >= tokens.size() || !tokens.get(according.index()).word().equalsIgnoreCase("to")) {
			return null;
		}
		IndexedWord head = null;
		for (SemanticGraphEdge edge : graph.incomingEdgeList(according)) {
			if (relation(edge).equals("case")) {
				head = edge.getGovernor();
			}
		}
		IndexedWord phrase = head;
		if (head != null) {
			head = issuer(graph, head);
		}
		Found f = new Found(index);
		if (head != null) {
			f.source = sourceTokens(sentence, graph, head);
			f.apposition = apposition(sentence, graph, head);
		}
		else {
			f.source = nounChunk(tokens, according.index() + 1, true);
		}
		if (f.source.isEmpty() || isManner(f.source)) {
			return null;
		}
		f.cueStart = according.beginPosition();
		f.cueEnd = tokens.get(according.index()).endPosition();
		int phraseStart = according.index() - 1;
		int phraseEnd = f.source.get(f.source.size() - 1).index();
		Set<Integer> content = new TreeSet<>();
		for (int i = 1; i <= tokens.size(); i++) {
			if (i < phraseStart + 1 || i > phraseEnd) {
				content.add(i);
			}
		}
		// keep the side of the sentence the phrase does not close off
		Set<Integer> side = new TreeSet<>();
		boolean atStart = phraseStart <= 1 || onlyPunctuation(tokens, 0, phraseStart);
		if (atStart && phrase != null) {
			// "According to records reviewed by the Globe, ...": the whole phrase up to
			// its comma, whatever part of it the source is, past an aside ("According
			// to the report, which the Globe obtained, ...")
			int comma = phraseEnd;
			while (comma < tokens.size() && (!tokens.get(comma - 1).word().equals(",")
					|| RELATIVE_PRONOUNS.contains(tokens.get(comma).word().toLowerCase(Locale.ROOT)))) {
				comma++;
			}
			int end = phraseEnd;
			for (int i : subtree(graph, phrase, Set.of())) {
				end = Math.max(end, i);
			}
			phraseEnd = Math.min(end, comma);
			int appositionEnd = appositionAfterName(tokens, f.source, phraseEnd);
			if (appositionEnd > phraseEnd) {
				// "According to Marta Klein, a spokeswoman for the region, the order
				// ...":
				// who she is is no part of what she said
				int from = tokens.get(phraseEnd - 1).word().equals(",") ? phraseEnd : phraseEnd + 1;
				if (f.apposition == null) {
					f.apposition = sentence.document()
						.text()
						.substring(tokens.get(from).beginPosition(), tokens.get(appositionEnd - 2).endPosition());
				}
				phraseEnd = appositionEnd;
			}
		}
		for (int i : content) {
			if (atStart ? i > phraseEnd : i <= phraseStart) {
				side.add(i);
			}
		}
		int[] extent = extent(sentence, side.isEmpty() ? content : side);
		if (extent == null) {
			return null;
		}
		f.content(extent, quotes);
		return f;
	}

	/**
	 * "in the words of one aide, ...", "in Ms. Kaur's words, ...", "..., in his words,
	 * ...": the words' owner said the rest of the sentence (not "in other words", "in a
	 * few words", which have none).
	 */
	private Found inWords(CoreSentence sentence, SemanticGraph graph, IndexedWord words, int index, Quotes quotes) {
		List<CoreLabel> tokens = sentence.tokens();
		IndexedWord in = graph.outgoingEdgeList(words)
			.stream()
			.filter((edge) -> relation(edge).equals("case") && edge.getDependent().word().equalsIgnoreCase("in")
					&& edge.getDependent().index() < words.index())
			.map(SemanticGraphEdge::getDependent)
			.findFirst()
			.orElse(null);
		if (in == null || quotes.covers(words.beginPosition(), words.endPosition())) {
			return null;
		}
		IndexedWord owner = null;
		boolean possessive = false;
		for (SemanticGraphEdge edge : graph.outgoingEdgeList(words)) {
			IndexedWord dependent = edge.getDependent();
			if (relation(edge).equals("nmod:poss") && dependent.index() < words.index()) {
				owner = dependent;
				possessive = true;
			}
			else if (relation(edge).equals("nmod") && dependent.index() > words.index()
					&& hasCaseWord(graph, dependent, "of") && dependent.tag().matches("NN.*|PRP")) {
				// whoever or whatever's words they are: "one Labour whip", "the ruling"
				owner = dependent;
			}
		}
		if (owner == null || quotes.covers(owner.beginPosition(), owner.endPosition())) {
			return null;
		}
		Found f = new Found(index);
		f.source = sourceTokens(sentence, graph, owner);
		if (f.source.isEmpty()) {
			return null;
		}
		f.apposition = apposition(sentence, graph, owner);
		f.cueStart = possessive ? words.beginPosition() : in.beginPosition();
		f.cueEnd = possessive ? words.endPosition() : tokens.get(words.index()).endPosition();
		Set<Integer> phrase = subtree(graph, words, Set.of());
		phrase.add(in.index());
		Set<Integer> content = new TreeSet<>();
		for (int i = 1; i <= tokens.size(); i++) {
			if (!phrase.contains(i) && !isPunctuation(tokens.get(i - 1))) {
				content.add(i);
			}
		}
		int[] extent = extent(sentence, content);
		if (extent == null) {
			return null;
		}
		f.content(extent, quotes);
		return f;
	}

	/**
	 * The (1-based) index of the comma closing an apposition that follows a name and its
	 * comma at {@code comma} ("Marta Klein, a spokeswoman for the region, ..."; "Dale
	 * Brooks, the county's engineer, ..."), or -1: the apposition opens with a determiner
	 * or a possessive, has no verb, and a clause with its own verb follows it.
	 */
	private static int appositionAfterName(List<CoreLabel> tokens, List<CoreLabel> source, int end) {
		int comma = (end < tokens.size() && tokens.get(end).word().equals(",")) ? end + 1 : end;
		if (source.isEmpty() || comma >= tokens.size() || !tokens.get(comma - 1).word().equals(",")) {
			return -1;
		}
		CoreLabel head = source.get(source.size() - 1);
		CoreLabel first = tokens.get(comma);
		boolean described = head.tag().startsWith("NNP")
				&& (first.tag().matches("DT|PRP\\$") || first.tag().startsWith("NNP") && comma + 1 < tokens.size()
						&& tokens.get(comma + 1).tag().equals("POS"));
		// "According to the city's police chief, Erik Dahl, ...": a title, then the name
		boolean named = head.tag().matches("NNS?") && first.tag().startsWith("NNP")
				&& PEOPLE_NOUNS.contains(head.lemma().toLowerCase(Locale.ROOT));
		if (!described && !named) {
			return -1;
		}
		for (int i = comma + 1; i <= Math.min(tokens.size(), comma + 14); i++) {
			CoreLabel token = tokens.get(i - 1);
			if (token.tag().startsWith("VB") || token.tag().equals("MD") || token.word().matches("[;:()\"“”—–]")
					|| named && !token.tag().startsWith("NNP") && !token.word().equals(",")) {
				return -1;
			}
			if (token.word().equals(",")) {
				boolean verbAfter = false;
				for (int j = i + 1; j <= tokens.size(); j++) {
					verbAfter |= tokens.get(j - 1).tag().startsWith("VB") || tokens.get(j - 1).tag().equals("MD");
				}
				// not "..., a spokeswoman, said": a noun, then its own verb
				boolean ownSubject = i < tokens.size() && !tokens.get(i).tag().startsWith("VB");
				return (verbAfter && ownSubject) ? i : -1;
			}
		}
		return -1;
	}

	/**
	 * "according to plan", "according to expectations": a bare common noun of manner, no
	 * source.
	 */
	private static boolean isManner(List<CoreLabel> source) {
		return source.size() == 1 && source.get(0).tag().matches("NNS?")
				&& MANNER_NOUNS.contains(source.get(0).word().toLowerCase(Locale.ROOT));
	}

	/**
	 * Verbs of a reporting clause that can close a sentence: "..., a UN panel estimated."
	 */
	private static final Set<String> CLOSING_SPEECH_VERBS = Set.of("say", "estimate", "claim", "add", "write", "tell",
			"report", "warn", "note", "confirm", "allege");

	/**
	 * Tags of what may follow a closing reporting verb: "said on Telegram late on
	 * Monday".
	 */
	private static final String CLOSING_TAIL_TAGS = "IN|DT|NNP?S?|PRP\\$|RB|CD|JJ|POS|HYPH";

	/**
	 * Tags of a noun phrase that names a source: "the Institute for the Study of War".
	 */
	private static final String SOURCE_PHRASE_TAGS = "DT|JJ|NNP?S?|POS|HYPH|VBN|CD|IN";

	/**
	 * "..., the regional governor Oleh Syniehubov said on Telegram.", "..., the Institute
	 * for the Study of War, a Washington-based think-tank, said.", "..., a UN panel
	 * estimated in its report.": a reporting clause closing the sentence, its source the
	 * noun phrase after the last comma of the clause before, reports that clause,
	 * whatever the parse made of it (it may hang the verb on a noun, or give it only the
	 * phrase before the comma as content). Sentences with quotation marks are left to the
	 * parse.
	 */
	private static void closingReport(CoreSentence sentence, int index, List<Found> found, String text) {
		List<CoreLabel> tokens = sentence.tokens();
		int end = endBeforePunctuation(tokens);
		int verb = end - 1;
		while (verb >= 0 && !tokens.get(verb).tag().startsWith("VB")) {
			if (!tokens.get(verb).tag().matches(CLOSING_TAIL_TAGS)) {
				return;
			}
			verb--;
		}
		if (verb < 4 || !tokens.get(verb).tag().matches("VBD|VBN|VBZ|VBP")
				|| !CLOSING_SPEECH_VERBS.contains(Lexicon.lemma(tokens.get(verb)))) {
			return;
		}
		for (CoreLabel token : tokens) {
			if (isQuoteMark(token)) {
				return;
			}
		}
		int last = verb - 1;
		if (Set.of("has", "have", "had").contains(Lexicon.lower(tokens.get(last)))) {
			last--;
		}
		String apposition = null;
		if (",".equals(tokens.get(last).word())) {
			// "..., the Institute for the Study of War, a Washington-based think-tank,
			// said"
			int open = phraseStart(tokens, last - 1);
			if (open < 1 || !",".equals(tokens.get(open - 1).word())) {
				return;
			}
			apposition = text.substring(tokens.get(open).beginPosition(), tokens.get(last - 1).endPosition());
			last = open - 2;
		}
		int first = phraseStart(tokens, last);
		int comma = first - 1;
		if (first < 0 || comma < 3 || !",".equals(tokens.get(comma).word()) || !tokens.get(last).tag().startsWith("NN")
				|| last - first > 9) {
			return;
		}
		// "The coroner did not say how the guard died; the attacker killed four people,
		// witnesses said": the clause after the last semicolon, when the one before it
		// has a report of its own; else the whole ("The gunman killed four people; two
		// others were wounded, police said")
		int semicolon = -1;
		boolean reportBefore = false;
		for (int k = 0; k < comma; k++) {
			semicolon = ";".equals(tokens.get(k).word()) ? k : semicolon;
		}
		for (int k = 0; k < semicolon; k++) {
			// "said", "according to", "in a statement"
			reportBefore |= tokens.get(k).tag().startsWith("VB") && SPEECH_VERBS.contains(Lexicon.lemma(tokens.get(k)))
					|| "according".equals(Lexicon.lower(tokens.get(k)))
					|| "statement".equals(Lexicon.lower(tokens.get(k))) && k >= 2
							&& "in".equals(Lexicon.lower(tokens.get(k - 2)));
		}
		int from = reportBefore ? semicolon + 1 : 0;
		boolean clause = false;
		for (int k = from; k < comma; k++) {
			clause |= tokens.get(k).tag().startsWith("VB");
		}
		int[] content = clause ? range(tokens, from, comma) : null;
		if (content == null) {
			return;
		}
		int cue = tokens.get(verb).beginPosition();
		for (Found f : found) {
			if (f.cueStart == cue) {
				if (f.source != null && !f.source.isEmpty()
						&& f.source.get(0).beginPosition() < tokens.get(comma).beginPosition()) {
					// "Air strikes killed 17 people, including five children, the Syrian
					// Observatory for Human Rights said": the parse made "17 people" the
					// speaker
					f.source = new ArrayList<>(tokens.subList(first, last + 1));
					f.apposition = apposition;
					f.contentStart = content[0];
					f.contentEnd = content[1];
					f.direct = false;
				}
				else if (f.contentStart != content[0] && !hasVerb(tokens, f.contentStart, f.contentEnd)
						|| from > 0 && f.contentStart < content[0] && f.contentEnd > content[0]) {
					// "killed a family of five in Kharkiv, the regional governor Oleh
					// Syniehubov said (on Telegram)": the parse took only "in Kharkiv" or
					// "on Telegram"
					f.contentStart = content[0];
					f.contentEnd = content[1];
					f.direct = false;
				}
				return;
			}
			if (f.contentStart <= cue && cue < f.contentEnd) {
				// the verb is inside a report the parse found
				return;
			}
		}
		Found f = new Found(index);
		f.source = new ArrayList<>(tokens.subList(first, last + 1));
		f.apposition = apposition;
		f.cueOn(tokens.get(verb));
		f.contentStart = content[0];
		f.contentEnd = content[1];
		f.clause = true;
		f.direct = false;
		found.add(f);
	}

	/**
	 * "Health authorities said a strike killed 80 people and wounded 150.": the parse may
	 * join "wounded" to "said", ending the content at "80 people"; a verb of casualties
	 * after "and" that ends the sentence is the content's (the speaker wounded no one).
	 */
	private static void throughCasualtyConjunct(CoreSentence sentence, List<Found> found) {
		List<CoreLabel> tokens = sentence.tokens();
		int end = endBeforePunctuation(tokens);
		for (Found f : found) {
			int last = -1;
			for (int k = 0; k < end; k++) {
				if (tokens.get(k).endPosition() == f.contentEnd) {
					last = k;
				}
			}
			if (last < 0 || last + 3 > end || f.cueStart > f.contentStart
					|| !"and".equalsIgnoreCase(tokens.get(last + 1).word())
					|| !tokens.get(last + 2).tag().matches("VBD|VBN") || Lexicon.kindOf(tokens.get(last + 2)) == null
					|| Lexicon.CAPTURED.equals(Lexicon.kindOf(tokens.get(last + 2)))) {
				continue;
			}
			boolean plain = true;
			for (int k = last + 3; k < end; k++) {
				plain &= !tokens.get(k).tag().startsWith("VB") && !isPunctuation(tokens.get(k));
			}
			if (plain) {
				f.contentEnd = tokens.get(end - 1).endPosition();
			}
		}
	}

	/**
	 * "The ministry said eight people were killed; 30 others were injured.": an opening
	 * report goes on past a semicolon to the sentence's end when what follows has no
	 * report, quotation or speaker of its own.
	 */
	private static void contentPastSemicolon(Found f, List<Found> found, CoreSentence sentence) {
		List<CoreLabel> tokens = sentence.tokens();
		if (f.direct || f.cueStart >= f.contentStart) {
			return;
		}
		int semicolon = -1;
		for (int k = 0; k < tokens.size(); k++) {
			if (tokens.get(k).beginPosition() >= f.contentEnd) {
				semicolon = ";".equals(tokens.get(k).word()) ? k : -1;
				break;
			}
		}
		int end = endBeforePunctuation(tokens);
		// a count goes on the list: "; 30 others were injured" (not "; a local doctor
		// counted 11 bodies", "; in 2019, 30 people died")
		if (semicolon < 0 || semicolon + 2 >= end || !"CD".equals(tokens.get(semicolon + 1).tag())
				|| Set.of("DATE", "TIME", "DURATION").contains(tokens.get(semicolon + 1).ner())
				|| tokens.get(semicolon + 1).word().matches("1[89]\\d\\d|20\\d\\d|911")) {
			// not a year, a time or a span ("; 2023 saw 140
			// soldiers die", "; 24 hours later")
			return;
		}
		for (int k = semicolon + 1; k < end; k++) {
			CoreLabel token = tokens.get(k);
			if (isQuoteMark(token) || ";".equals(token.word())
					|| token.tag().startsWith("VB") && SPEECH_VERBS.contains(Lexicon.lemma(token))
					|| "per".equalsIgnoreCase(token.word()) || Set.of("count", "tally").contains(Lexicon.lower(token))
							&& k > semicolon + 2 && "POS".equals(tokens.get(k - 1).tag())) {
				// nor a clause that names its own source ("per hospital officials", "by
				// the UN's count")
				return;
			}
		}
		int from = tokens.get(semicolon).beginPosition();
		int to = tokens.get(end - 1).endPosition();
		if (found.stream().anyMatch((other) -> other != f && other.cueStart >= from && other.cueStart < to)) {
			return;
		}
		f.contentEnd = to;
	}

	/**
	 * The outlet's aside on a figure closing the content: "..., a figure Reuters could
	 * not verify", "..., a claim that could not be independently confirmed".
	 */
	private static final Pattern OUTLETS_ASIDE = Pattern.compile(",\\s+(?:a|an|the)\\s+(?:\\w+\\s+)?"
			+ "(?:figure|claim|number|tally|toll|count|estimate)s?\\b[^,;]*\\b(?:verif|confirm|corroborat)\\w*[^,;]*$");

	/**
	 * Where an outlet's aside after the content may end: the parse may end the content
	 * inside the aside ("..., a figure Reuters"), so read on to the sentence's end (at
	 * most 80 characters on), else the content's end.
	 */
	private static int asideStop(Found f, String text) {
		int stop = text.indexOf('.', f.contentEnd);
		return (stop < 0 || stop > f.contentEnd + 80) ? f.contentEnd : stop;
	}

	/**
	 * "Moscow claimed its air defences downed 27 drones, a figure Reuters could not
	 * verify": the outlet's aside is not what the speaker said.
	 */
	private static void contentWithoutOutletsAside(Found f, String text) {
		int stop = asideStop(f, text);
		Matcher aside = OUTLETS_ASIDE.matcher(text.substring(f.contentStart, stop));
		if (aside.find() && aside.start() > 0 && f.contentStart + aside.start() < f.contentEnd) {
			f.contentEnd = f.contentStart + aside.start();
		}
	}

	/**
	 * "At least 1,500 people were killed, the Observatory said, a toll Reuters could not
	 * verify", misparsed with the aside as what was said: a report closing the clause
	 * before it reports that clause, from the sentence's start to the comma before its
	 * source.
	 */
	private static void contentBeforeOutletsAside(Found f, CoreSentence sentence, String text) {
		int[] clause = clauseBeforeTag(f, sentence, text);
		int stop = asideStop(f, text);
		if (clause == null || stop <= f.cueEnd) {
			return;
		}
		String after = text.substring(f.cueEnd, stop);
		Matcher aside = OUTLETS_ASIDE.matcher(after);
		if (!aside.find() || after.substring(0, aside.start()).strip().length() > 0) {
			return;
		}
		f.contentStart = clause[0];
		f.contentEnd = clause[1];
	}

	/**
	 * Participles that credit a figure to its source: "the toll of 42 reported by ...".
	 */
	private static final Set<String> CREDITING_PARTICIPLES = Set.of("reported", "given", "released", "published",
			"provided", "announced", "cited");

	/**
	 * Participles that credit only a toll or a figure, as they are deeds done to people
	 * and things too ("the 24 hostages released by Hamas", "the 31 tanks provided by the
	 * United States").
	 */
	private static final Set<String> DEED_PARTICIPLES = Set.of("released", "provided", "announced", "cited");

	/** Nouns of a reported toll or figure: "the toll of 42 dead released by". */
	private static final Set<String> TOLL_NOUNS = Set.of("toll", "figure", "number", "count", "tally", "estimate",
			"total", "death", "dead", "casualty", "fatality", "injury", "datum", "statistic", "victim");

	/**
	 * "Israel disputed the toll of 42 dead reported by the Hamas-run health ministry": a
	 * noun phrase holding a count, credited by a participle and "by" to its source, is
	 * that source's report.
	 */
	private static void reportedBy(CoreSentence sentence, int index, Quotes quotes, List<Found> found) {
		List<CoreLabel> tokens = sentence.tokens();
		for (int k = 2; k + 2 < tokens.size(); k++) {
			if (!"VBN".equals(tokens.get(k).tag()) || !CREDITING_PARTICIPLES.contains(Lexicon.lower(tokens.get(k)))
					|| !"by".equalsIgnoreCase(tokens.get(k + 1).word())
					|| quotes.covers(tokens.get(k).beginPosition(), tokens.get(k).endPosition())) {
				continue;
			}
			int first = k - 1;
			boolean count = false;
			while (first >= 0 && k - first <= 7 && tokens.get(first).tag().matches("DT|JJ|NNS?|CD|IN|HYPH|VBN")
					&& !Set.of("by", "that", "than").contains(Lexicon.lower(tokens.get(first)))) {
				// a count, not a compound's number ("a 46-page analysis released by")
				count |= "CD".equals(tokens.get(first).tag()) && !"HYPH".equals(tokens.get(first + 1).tag());
				first--;
			}
			first++;
			while (first < k && !tokens.get(first).tag().matches("DT|CD")) {
				first++;
			}
			List<CoreLabel> source = new ArrayList<>();
			for (int j = k + 2; j < tokens.size()
					&& (NOUN_TAGS.contains(tokens.get(j).tag()) || "HYPH".equals(tokens.get(j).tag())
							|| "VBN".equals(tokens.get(j).tag()) && "HYPH".equals(tokens.get(j - 1).tag())); j++) {
				// "the Hamas-run health ministry"
				source.add(tokens.get(j));
			}
			while (!source.isEmpty() && !source.get(source.size() - 1).tag().startsWith("NN")) {
				source.remove(source.size() - 1);
			}
			int cue = tokens.get(k).beginPosition();
			int by = tokens.get(k + 1).beginPosition();
			// the parse may take the counted phrase for the speaker and "by ..." for what
			// was said ("The 300 troops reported by the agency")
			found.removeIf((f) -> f.cueStart == cue && f.contentStart == by);
			boolean toll = !DEED_PARTICIPLES.contains(Lexicon.lower(tokens.get(k)));
			for (int j = Math.max(first, 0); j < k && !toll; j++) {
				// "the 500 wounded cited by", "the 1,400 killed announced
				// by"; not "the 12 bodies released by", "the 24 hostages
				// released by"
				String told = Lexicon.kindOf(tokens.get(j));
				toll = tokens.get(j).tag().startsWith("NN") && TOLL_NOUNS.contains(Lexicon.lemma(tokens.get(j)))
						|| told != null && !Lexicon.CAPTURED.equals(told) && !Lexicon.DEPLOYED.equals(told)
								&& !"body".equals(Lexicon.lemma(tokens.get(j)));
			}
			if (!count || !toll || first >= k || source.isEmpty()
					|| found.stream().anyMatch((f) -> f.cueStart == cue)) {
				continue;
			}
			Found f = new Found(index);
			f.credited = true;
			f.source = source;
			f.cueOn(tokens.get(k));
			f.contentStart = tokens.get(first).beginPosition();
			f.contentEnd = tokens.get(k - 1).endPosition();
			f.direct = false;
			found.add(f);
		}
	}

	/** The index after the sentence's last word, before its closing punctuation. */
	private static int endBeforePunctuation(List<CoreLabel> tokens) {
		int end = tokens.size();
		while (end > 0 && isPunctuation(tokens.get(end - 1))) {
			end--;
		}
		return end;
	}

	/** Whether a verb lies between two character offsets of the sentence. */
	private static boolean hasVerb(List<CoreLabel> tokens, int from, int to) {
		return tokens.stream()
			.anyMatch((t) -> t.beginPosition() >= from && t.endPosition() <= to && t.tag().startsWith("VB"));
	}

	/**
	 * The first token of the source-like noun phrase ending at {@code last}, going back
	 * to a comma; -1 if another kind of word comes first.
	 */
	private static int phraseStart(List<CoreLabel> tokens, int last) {
		int k = last;
		while (k >= 0 && !",".equals(tokens.get(k).word())) {
			CoreLabel token = tokens.get(k);
			if (!token.tag().matches(SOURCE_PHRASE_TAGS)
					|| "IN".equals(token.tag()) && !Set.of("of", "for").contains(Lexicon.lower(token))) {
				return -1;
			}
			k--;
		}
		return (k < 0 || k == last) ? -1 : k + 1;
	}

	/** Without a parse: "SOURCE said", "..., said SOURCE" and "according to SOURCE". */
	private List<Found> fromTokens(CoreSentence sentence, int index, Quotes quotes) {
		List<CoreLabel> tokens = sentence.tokens();
		List<Found> found = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			CoreLabel token = tokens.get(i);
			String lemma = (token.lemma() != null) ? token.lemma().toLowerCase(Locale.ROOT) : "";
			if (quotes.covers(token.beginPosition(), token.endPosition())) {
				continue;
			}
			Found f = new Found(index);
			if (lemma.equals("accord") && i + 1 < tokens.size() && tokens.get(i + 1).word().equalsIgnoreCase("to")) {
				f.source = nounChunk(tokens, i + 2, true);
				f.cueStart = token.beginPosition();
				f.cueEnd = tokens.get(i + 1).endPosition();
				if (f.source.isEmpty() || isManner(f.source)) {
					continue;
				}
				int[] extent = (i > 1) ? range(tokens, 0, i) : range(tokens, i + 2 + f.source.size(), tokens.size());
				if (extent == null) {
					continue;
				}
				f.contentStart = extent[0];
				f.contentEnd = extent[1];
			}
			else if (token.tag().startsWith("VB") && (SPEECH_VERBS.contains(lemma) || CLAUSE_VERBS.contains(lemma)
					|| isSplitQuoteTag(sentence, i, quotes)) && !lemma.equals("see") && !isPassive(tokens, i)) {
				// "see" reports only as "X sees Y as Z" with an animate X, which needs
				// the
				// parse ("we saw a surge" is no statement)
				boolean speech = SPEECH_VERBS.contains(lemma) || QUOTE_TAG_VERBS.containsKey(lemma);
				List<CoreLabel> before = subjectBefore(tokens, i);
				if (isIdiom(tokens, i)) {
					continue;
				}
				List<CoreLabel> appositive = isQuoteOrComma(tokens, i - 1) ? appositiveSubject(tokens, i) : null;
				if (appositive != null) {
					before = appositive;
				}
				boolean inverted = appositive == null && INVERTING_VERBS.contains(lemma)
						&& (before.isEmpty() || isQuoteOrComma(tokens, i - 1));
				List<CoreLabel> after = inverted ? nounChunk(tokens, i + 1, true) : List.of();
				f.source = after.isEmpty() ? before : after;
				inverted = !after.isEmpty();
				if (f.source.isEmpty() || isTemporal(f.source)) {
					continue;
				}
				f.cueOn(token);
				int from = i + 1 + (inverted ? f.source.size() : 0);
				int sourceStart = tokens.indexOf(f.source.get(0));
				int[] extent = quoteBefore(sentence, quotes, Math.min(i, sourceStart));
				if (extent == null) {
					extent = (inverted || from >= tokens.size() - 1) ? range(tokens, 0, Math.min(i, sourceStart))
							: range(tokens, from, tokens.size());
				}
				if (extent == null || !speech && inverted) {
					continue;
				}
				f.contentStart = extent[0];
				f.contentEnd = extent[1];
				f.weak = !speech;
			}
			else {
				continue;
			}
			f.direct = quotes.isQuotation(f.contentStart, f.contentEnd);
			found.add(f);
		}
		found.removeIf((f) -> f.weak && found.stream()
			.anyMatch((other) -> other != f && other.contentStart <= f.cueStart && f.cueEnd <= other.contentEnd));
		return found;
	}

	/**
	 * Without a parse, the subject of the verb at {@code at}: the noun phrase before it
	 * (past adverbs and auxiliaries), or for a participle after a comma ("..., saying
	 * ...") the subject of the finite verb before.
	 */
	private static List<CoreLabel> subjectBefore(List<CoreLabel> tokens, int at) {
		if (tokens.get(at).tag().equals("VBG") && isQuoteOrComma(tokens, at - 1)) {
			for (int k = at - 2; k > 0; k--) {
				if (tokens.get(k).tag().matches("VBD|VBZ|VBP")) {
					return subjectBefore(tokens, k);
				}
			}
			return List.of();
		}
		int before = at - 1;
		while (before >= 0 && before > at - 4
				&& (tokens.get(before).tag().matches("RB|MD") || tokens.get(before).tag().startsWith("VB")
						&& tokens.get(before).lemma().matches("have|be|do|will|would"))) {
			before--;
		}
		List<CoreLabel> chunk = nounChunk(tokens, before, false);
		int first = chunk.isEmpty() ? -1 : chunk.get(0).index() - 2;
		if (tokens.get(at).tag().equals("VBG") && first > 0
				&& tokens.get(first).word().toLowerCase(Locale.ROOT).matches("at|during")) {
			// "she said at a news conference announcing that ...": the participle after
			// the occasion reports for the speaker of the clause before it
			for (int k = first - 1; k >= 0 && k > first - 4; k--) {
				if (tokens.get(k).tag().matches("VBD|VBZ|VBP")) {
					return subjectBefore(tokens, k);
				}
			}
		}
		return describedByParticiple(tokens, chunk);
	}

	/**
	 * "nurses marching through the square chanted ...": the object of a preposition after
	 * a participle is not the subject; the noun the participle describes is. The chunk
	 * itself otherwise.
	 */
	private static List<CoreLabel> describedByParticiple(List<CoreLabel> tokens, List<CoreLabel> chunk) {
		int start = chunk.isEmpty() ? -1 : chunk.get(0).index() - 2;
		if (start >= 3 && tokens.get(start).word().equalsIgnoreCase("by")
				&& tokens.get(start - 1).tag().matches("IN|RP")) {
			// "letters combed through by the auditors show ...": the agent of a
			// participle
			start--;
		}
		if (start >= 2 && tokens.get(start).tag().equals("IN") && tokens.get(start - 1).tag().matches("VBG|VBN")
				&& tokens.get(start - 2).tag().matches("NNS?|NNPS?")) {
			return nounChunk(tokens, start - 2, false);
		}
		return chunk;
	}

	/**
	 * "Having said that", "let's say", "needless to say", "it goes without saying": no
	 * one is reported.
	 */
	private static boolean isIdiom(List<CoreLabel> tokens, int at) {
		String previous = (at > 0) ? tokens.get(at - 1).word().toLowerCase(Locale.ROOT) : "";
		boolean contracted = previous.equals("'s") || previous.equals("’s");
		// "let's say", "that's saying a lot"; not "he's claiming"
		String beforeContraction = (contracted && at > 1) ? tokens.get(at - 2).word().toLowerCase(Locale.ROOT) : "";
		boolean progressive = contracted && tokens.get(at).tag().equals("VBG")
				&& !Set.of("let", "that", "what", "there", "here", "").contains(beforeContraction);
		String twoBefore = (at > 1) ? Lexicon.lower(tokens.get(at - 2)) : "";
		String threeBefore = (at > 2) ? Lexicon.lower(tokens.get(at - 3)) : "";
		String next = (at + 1 < tokens.size()) ? Lexicon.lower(tokens.get(at + 1)) : "";
		String afterNext = (at + 2 < tokens.size()) ? Lexicon.lower(tokens.get(at + 2)) : "";
		// "that is to say", "so to speak", "suffice it to say", "to say the least",
		// "strange to say"
		boolean toPhrase = previous.equals("to") && (twoBefore.equals("is") && threeBefore.equals("that")
				|| twoBefore.matches("so|strange|needless") || twoBefore.equals("it") && threeBefore.equals("suffice")
				|| next.equals("the") && afterNext.equals("least"));
		return previous.equals("having") || contracted && !progressive || isSetPhrase(tokens, at) || toPhrase
				|| previous.equals("without") && at > 1 && Lexicon.lemma(tokens.get(at - 2)).equals("go")
				|| isRuling(tokens, at);
	}

	/** What a court decides: "granted or denied". */
	private static final Set<String> RULED_ON = Set.of("motion", "motions", "request", "requests", "bail", "appeal",
			"appeals", "petition", "petitions", "parole", "application", "applications", "permit", "permits", "visa",
			"visas", "entry", "access", "bond", "injunction", "extradition", "asylum");

	/** Documents and inquiries, whose findings are reports: "An Amnesty report found". */
	private static final Set<String> FINDERS = Set.of("report", "inquiry", "investigation", "review", "study", "probe",
			"audit", "assessment", "analysis", "survey");

	/**
	 * Whether the finding at {@code at} is a document's or an inquiry's ("An Amnesty
	 * report found the army guilty of killing 40 civilians"): a report, not a verdict.
	 */
	private static boolean byDocument(List<CoreLabel> tokens, int at) {
		for (int k = at - 1; k >= 0 && k >= at - 8; k--) {
			String w = Lexicon.lower(tokens.get(k));
			if (Set.of(",", ";", ":", "that").contains(w) || tokens.get(k).tag().startsWith("VB")) {
				return false;
			}
			if (FINDERS.contains(Lexicon.lemma(tokens.get(k))) && tokens.get(k).tag().startsWith("NN")) {
				return true;
			}
		}
		return false;
	}

	/** Nouns of something said, which a denial disputes: "denied the motion's claim". */
	private static final Set<String> STATEMENT_NOUNS = Set.of("claim", "allegation", "assertion", "accusation",
			"contention", "suggestion", "account", "report", "statement", "characterization", "characterisation",
			"story", "rumor", "rumour");

	/**
	 * A verdict or ruling, no statement: "the jury found him guilty", "the judge denied a
	 * defense motion", "was denied bail" (not "the review found the agency liable", a
	 * finding).
	 */
	private static boolean isRuling(List<CoreLabel> tokens, int at) {
		String lemma = Lexicon.lemma(tokens.get(at));
		if (lemma.equals("find")) {
			return !byDocument(tokens, at) && isVerdict(tokens, at);
		}
		if (at >= 2 && "to".equals(Lexicon.lower(tokens.get(at - 1)))
				&& RULED_ON.contains(Lexicon.lower(tokens.get(at - 2)))) {
			// "a motion to dismiss the case": what the motion asks
			return true;
		}
		if (!lemma.equals("deny")) {
			return false;
		}
		// the object of the denial, not the subject of a clause ("denied the request was
		// politically motivated"; "denied the motion Smith filed" has a relative clause
		// after the noun)
		for (int k = at + 1; k < tokens.size() && k <= at + 5; k++) {
			CoreLabel token = tokens.get(k);
			if (!token.tag().matches("DT|PRP\\$|JJ|NNS?|NNP|POS")) {
				return false;
			}
			if (RULED_ON.contains(Lexicon.lower(token))) {
				int after = k + 1;
				while (after < tokens.size() && tokens.get(after).tag().matches("NNS?")) {
					after++;
				}
				if (after < tokens.size()
						&& ("POS".equals(tokens.get(after).tag()) || "'s".equals(tokens.get(after).word()))) {
					// past what the possessive owns: "denied the asylum seekers'
					// applications" rules; "denied the request's timing was political"
					// and "the motion's claim that" are denials of a statement
					int owned = after + 1;
					while (owned < tokens.size() && tokens.get(owned).tag().matches("JJ.*|NNS?|VBG")) {
						owned++;
					}
					return owned == after + 1 || !STATEMENT_NOUNS.contains(Lexicon.lemma(tokens.get(owned - 1)))
							&& (owned >= tokens.size() || !tokens.get(owned).tag().matches("VB[DZP]|MD"));
				}
				if (after > k + 1 && STATEMENT_NOUNS.contains(Lexicon.lemma(tokens.get(after - 1)))) {
					// "denied the access claims", "the visa reports": a denial of what
					// was said
					return false;
				}
				if (after < tokens.size() && tokens.get(after).tag().matches("IN|TO")) {
					// "denied its entry into the village killed 12 civilians", "access
					// to Gaza was restricted": the noun phrase is a clause's subject
					int verb = after + 1;
					while (verb < tokens.size() && verb - after <= 6
							&& tokens.get(verb).tag().matches("DT|JJ.*|NNP?S?|CD|PRP\\$|POS")) {
						verb++;
					}
					// (not "denied bail to 4 men charged over the killing")
					if (verb < tokens.size() && verb > after + 1 && tokens.get(verb).tag().matches("VB[DZP]|MD")
							&& !(verb + 1 < tokens.size() && "VBD".equals(tokens.get(verb).tag())
									&& "IN".equals(tokens.get(verb + 1).tag()))) {
						return false;
					}
				}
				return after >= tokens.size() || !tokens.get(after).tag().matches("VB[DZP]?|MD");
			}
		}
		return false;
	}

	/**
	 * "That said, ...", "That being said, ...", "All told, ...", "Truth be told, ...": a
	 * phrase of a few fixed words opening the sentence and set off by a comma.
	 */
	private static boolean isSetPhrase(List<CoreLabel> tokens, int at) {
		if (at == 0 || at > 2 || at + 1 >= tokens.size() || !tokens.get(at + 1).word().equals(",")) {
			return false;
		}
		for (int k = 0; k < at; k++) {
			if (!Set.of("that", "this", "all", "truth", "be", "being").contains(Lexicon.lower(tokens.get(k)))) {
				return false;
			}
		}
		return true;
	}

	private static boolean isPassive(List<CoreLabel> tokens, int at) {
		return tokens.get(at).tag().equals("VBN") && at > 0 && tokens.get(at - 1).lemma().matches("be|get");
	}

	/**
	 * Speakers named by layout rather than grammar: a transcript's "PENCE: ..." or a
	 * headline's "Pence: ...", and a quotation signed with a dash ("“...” ― Pamela
	 * Padilla").
	 */
	private static List<Found> speakerLabels(CoreDocument document, Quotes quotes, List<Found> found) {
		String text = document.text();
		List<Found> labels = new ArrayList<>();
		for (Pattern pattern : List.of(INVERTED, LABEL, SIGNATURE)) {
			Matcher matcher = pattern.matcher(text);
			while (matcher.find()) {
				int cue = matcher.start("cue");
				int matchStart = matcher.start();
				int matchEnd = matcher.end();
				if (found.stream().anyMatch((f) -> f.cueStart <= cue && cue < f.cueEnd)
						|| labels.stream().anyMatch((f) -> matchStart <= f.cueStart && f.cueStart < matchEnd)) {
					continue;
				}
				List<CoreLabel> name = document.tokens()
					.stream()
					.filter((token) -> token.beginPosition() >= matcher.start("name")
							&& token.endPosition() <= matcher.end("name"))
					.toList();
				int lineStart = text.lastIndexOf('\n', matcher.start()) + 1;
				int lineEnd = text.indexOf('\n', matcher.end());
				lineEnd = (lineEnd < 0) ? text.length() : lineEnd;
				boolean signature = pattern == SIGNATURE;
				// (the label's pattern ends on the first character of what is said)
				int contentStart = signature ? lineStart : matcher.end() - 1;
				int contentEnd = signature ? matcher.start("cue") : lineEnd;
				if (pattern == INVERTED) {
					int closing = closingQuote(text, contentStart + 1, lineEnd);
					contentEnd = (closing < 0) ? lineEnd : closing + 1;
				}
				String content = text.substring(contentStart, contentEnd);
				if (name.isEmpty() || content.isBlank() || !signature && !isSpeakerName(name)) {
					continue;
				}
				Found f = new Found(-1);
				f.source = new ArrayList<>(name);
				f.cueStart = cue;
				f.cueEnd = matcher.end("cue");
				f.contentStart = contentStart + (content.length() - content.stripLeading().length());
				f.contentEnd = contentEnd - (content.length() - content.stripTrailing().length());
				f.direct = signature || quotes.isQuotation(f.contentStart, f.contentEnd);
				labels.add(f);
			}
		}
		Matcher headline = HEADLINE_QUOTE.matcher(text);
		// only the headline: in the body "X told the crowd: “...”" has its own cue
		int headlineEnd = (text.indexOf('\n') < 0) ? text.length() : text.indexOf('\n');
		if (headline.find() && headline.start() == 0) {
			int cue = headline.start("cue");
			if (found.stream().anyMatch((f) -> f.cueStart < headlineEnd || f.contentStart <= cue && cue < f.contentEnd)
					|| labels.stream().anyMatch((f) -> f.cueStart == cue)) {
				return labels;
			}
			// the person the headline names is the one quoted, unless it is told of them
			// ("Tributes Pour In For Ana Ruiz: ‘...’", "Killing Of Tom Reyes: ‘...’")
			List<CoreLabel> name = new ArrayList<>();
			CoreLabel before = null;
			for (CoreLabel token : document.tokens()) {
				if (token.endPosition() > cue) {
					break;
				}
				if (token.beginPosition() < headline.start("head")) {
					continue;
				}
				if ("PERSON".equals(token.ner())) {
					if (name.isEmpty() && before != null && TOLD_OF.contains(Lexicon.lower(before))) {
						return labels;
					}
					name.add(token);
				}
				else if (!name.isEmpty()) {
					break;
				}
				before = token;
			}
			int lineEnd = text.indexOf('\n', cue);
			lineEnd = (lineEnd < 0) ? text.length() : lineEnd;
			String content = text.substring(cue + 1, lineEnd);
			if (name.isEmpty() || content.isBlank()) {
				return labels;
			}
			Found f = new Found(-1);
			f.source = name;
			f.cueStart = cue;
			f.cueEnd = cue + 1;
			f.contentStart = cue + 1 + (content.length() - content.stripLeading().length());
			f.contentEnd = lineEnd - (content.length() - content.stripTrailing().length());
			f.direct = true;
			labels.add(f);
		}
		return labels;
	}

	/**
	 * "Giuliani Claims Clinton Started Birther Movement", "Clinton Slams Trump Over
	 * Taxes": a title-case headline's verb the parse took for a plural noun. The names
	 * before it (one of them a person or a body) are the source, the rest of the line the
	 * content; nothing when the headline already has a cue.
	 */
	private static List<Found> headlineVerb(CoreDocument document, Quotes quotes, List<Found> found) {
		String text = document.text();
		int end = text.indexOf('\n');
		if (end < 0 || found.stream().anyMatch((f) -> f.cueStart < end)) {
			return List.of();
		}
		List<CoreLabel> line = document.tokens().stream().filter((token) -> token.endPosition() <= end).toList();
		for (int i = 1; i < Math.min(5, line.size() - 2); i++) {
			String word = line.get(i).word();
			List<CoreLabel> name = line.subList(0, i);
			String lower = word.toLowerCase(Locale.ROOT);
			// "Clinton Slams ...", or after a plural "Black Lawmakers Rip ..."
			boolean verb = word.matches("[A-Z][a-z]+s") && isHeadlineVerb(lower) || word.matches("[A-Z][a-z]+")
					&& line.get(i - 1).word().matches("[A-Z][a-z]+s")
					&& (SPEECH_VERBS.contains(lower) || CLAUSE_VERBS.contains(lower)) && isPeopleNoun(line.get(i - 1));
			// every word before it a name or a word for people ("Clinton Campaign",
			// "Senate Leader"; not "Obama Water Rules Face ..."), the word itself no
			// part of a name, and no verb right after it
			if (!verb || !name.stream().allMatch((token) -> token.word().matches("[A-Z][\\w.'’-]*"))
					|| !name.stream()
						.allMatch((token) -> NAMED_ENTITY_TAGS.contains(token.ner()) || isPeopleNoun(token)
								|| namedInBody(document, token, end))
					|| line.get(i + 1).tag().matches("VB[PZD]?") || NAMED_ENTITY_TAGS.contains(line.get(i).ner())) {
				continue;
			}
			long capitalised = line.stream().filter((token) -> token.word().matches("[A-Z].*")).count();
			long words = line.stream().filter((token) -> token.word().matches("[A-Za-z].*")).count();
			if (capitalised * 4 < words * 3) {
				// a headline in sentence case has its verbs parsed as verbs
				return List.of();
			}
			Found f = new Found(-1);
			f.source = new ArrayList<>(name);
			f.cueOn(line.get(i));
			f.contentStart = line.get(i + 1).beginPosition();
			f.contentEnd = line.get(line.size() - 1).endPosition();
			f.direct = quotes.isQuotation(f.contentStart, f.contentEnd);
			return List.of(f);
		}
		return List.of();
	}

	/**
	 * Whether the body names a person by this headline word ("Cuomo Slams ..." over "Gov.
	 * Andrew Cuomo said"): NER often misses names in a title-case line.
	 */
	private static boolean namedInBody(CoreDocument document, CoreLabel word, int bodyStart) {
		return document.tokens()
			.stream()
			.anyMatch((token) -> token.beginPosition() > bodyStart && token.word().equals(word.word())
					&& "PERSON".equals(token.ner()));
	}

	/**
	 * "claims", "slams", "denies", "pushes": a verb of speech or stance in the third
	 * person.
	 */
	private static boolean isHeadlineVerb(String word) {
		List<String> stems = new ArrayList<>(List.of(word.substring(0, word.length() - 1)));
		if (word.endsWith("ies")) {
			stems.add(word.substring(0, word.length() - 3) + "y");
		}
		if (word.endsWith("es")) {
			stems.add(word.substring(0, word.length() - 2));
		}
		return stems.stream().anyMatch((stem) -> SPEECH_VERBS.contains(stem) || CLAUSE_VERBS.contains(stem));
	}

	private static int closingQuote(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			if (text.charAt(i) == '”' || text.charAt(i) == '"') {
				return i;
			}
		}
		return -1;
	}

	/**
	 * A sentence that is all quotation and names nobody continues the quotation just
	 * before it.
	 */
	private List<Found> continuedQuote(CoreSentence sentence, int index, Quotes quotes, List<Found> found) {
		int start = sentence.charOffsets().first();
		int end = sentence.charOffsets().second();
		if (found.isEmpty() || !quotes.covers(start, end)) {
			return List.of();
		}
		Found previous = found.get(found.size() - 1);
		while (previous.continues != null) {
			previous = previous.continues;
		}
		int distance = index - found.get(found.size() - 1).sentence;
		if (!previous.direct || distance > 2) {
			return List.of();
		}
		Found f = new Found(index);
		f.continues = previous;
		f.source = previous.source;
		f.cueStart = previous.cueStart;
		f.cueEnd = previous.cueEnd;
		f.contentStart = start;
		f.contentEnd = end;
		f.direct = true;
		return List.of(f);
	}

	private void cue(Found f, CoreSentence sentence, SemanticGraph graph, IndexedWord verb) {
		int start = verb.beginPosition();
		int end = verb.endPosition();
		boolean firesBack = firesBack(graph, verb);
		for (SemanticGraphEdge edge : graph.outgoingEdgeList(verb)) {
			if ((relation(edge).equals("compound:prt") || firesBack && relation(edge).equals("advmod"))
					&& edge.getDependent().index() == verb.index() + 1) {
				end = edge.getDependent().endPosition();
			}
		}
		f.cueStart = start;
		f.cueEnd = end;
	}

	/**
	 * The first dependent of {@code verb} by {@code relation} that follows it, or null.
	 */
	private static IndexedWord dependentAfter(SemanticGraph graph, IndexedWord verb, String relation) {
		return graph.outgoingEdgeList(verb)
			.stream()
			.filter((edge) -> relation(edge).equals(relation) && edge.getDependent().index() > verb.index())
			.map(SemanticGraphEdge::getDependent)
			.findFirst()
			.orElse(null);
	}

	private List<CoreLabel> sourceTokens(CoreSentence sentence, SemanticGraph graph, IndexedWord head) {
		Set<Integer> indices = subtree(graph, head, NOT_IN_SOURCE);
		for (SemanticGraphEdge edge : graph.outgoingEdgeList(head)) {
			if (relation(edge).equals("case")) {
				indices.removeAll(subtree(graph, edge.getDependent(), Set.of()));
			}
		}
		List<CoreLabel> tokens = sentence.tokens();
		// keep the contiguous run around the head
		int from = head.index();
		int to = head.index();
		while (indices.contains(from - 1)) {
			from--;
		}
		while (indices.contains(to + 1)) {
			to++;
		}
		from = hyphenatedHeadOfSource(tokens, from);
		to = nounTailOfSubject(graph, head, tokens, to);
		while (to > from && isPunctuation(tokens.get(to - 1))) {
			to--;
		}
		while (from < to && isPunctuation(tokens.get(from - 1))) {
			from++;
		}
		return new ArrayList<>(tokens.subList(from - 1, to));
	}

	/**
	 * "The Hamas-run health ministry says": the tokeniser splits "Hamas-run" and the
	 * parse may start the source at "run"; the source keeps the whole compound.
	 * {@code from} is the 1-based index of the source's first token.
	 */
	private static int hyphenatedHeadOfSource(List<CoreLabel> tokens, int from) {
		while (from >= 3 && "HYPH".equals(tokens.get(from - 2).tag())
				&& tokens.get(from - 2).beginPosition() == tokens.get(from - 3).endPosition()
				&& tokens.get(from - 2).endPosition() == tokens.get(from - 1).beginPosition()) {
			from -= 2;
		}
		return from;
	}

	/**
	 * "The UN human rights monitoring mission said": the parser may take "rights" for the
	 * subject and hang "monitoring mission" off it as a loose dependent; a run of nouns
	 * and modifiers right after the subject, ending in the dependent noun, belongs to it.
	 */
	private static int nounTailOfSubject(SemanticGraph graph, IndexedWord head, List<CoreLabel> tokens, int to) {
		for (SemanticGraphEdge edge : graph.outgoingEdgeList(head)) {
			IndexedWord dependent = edge.getDependent();
			if (!relation(edge).equals("dep") || !dependent.tag().startsWith("NN") || dependent.index() <= to
					|| dependent.index() - to > 3) {
				continue;
			}
			boolean nounRun = true;
			for (int k = to + 1; k <= dependent.index(); k++) {
				nounRun &= tokens.get(k - 1).tag().matches("NN.*|JJ|VBG");
			}
			if (nounRun) {
				return dependent.index();
			}
		}
		return to;
	}

	private List<CoreLabel> referent(CoreSentence sentence, SemanticGraph graph, IndexedWord verb,
			IndexedWord subject) {
		if (!RELATIVE_PRONOUNS.contains(subject.word().toLowerCase(Locale.ROOT))) {
			return null;
		}
		for (SemanticGraphEdge edge : graph.incomingEdgeList(verb)) {
			if (relation(edge).startsWith("acl") || relation(edge).equals("dep") && edge.getGovernor() == subject) {
				IndexedWord antecedent = pronounAntecedent(graph, edge.getGovernor());
				if (antecedent != null && !"PERSON".equals(antecedent.ner())) {
					// "The mayor, Ivan Fedorov, who said ...": the person named beside
					// the
					// title
					for (SemanticGraphEdge appos : graph.outgoingEdgeList(antecedent)) {
						if (relation(appos).equals("appos") && "PERSON".equals(appos.getDependent().ner())) {
							antecedent = appos.getDependent();
							break;
						}
					}
				}
				List<CoreLabel> tokens = (antecedent != null) ? sourceTokens(sentence, graph, antecedent) : null;
				return (tokens != null && subject.word().equalsIgnoreCase("who"))
						? peopleBeforePlace(sentence.tokens(), tokens) : tokens;
			}
		}
		List<CoreLabel> words = sentence.tokens();
		int comma = subject.index() - 2;
		if (subject.word().equalsIgnoreCase("who") && comma >= 1 && words.get(comma).word().equals(",")) {
			// "workers in Toledo, who told her ...", parsed with the clause off the verb:
			// the noun before the comma
			List<CoreLabel> before = peopleBeforePlace(words, nounChunk(words, comma - 1, false));
			return before.isEmpty() || !isPeopleNoun(before.get(before.size() - 1))
					&& before.stream().noneMatch((token) -> NAMED_ENTITY_TAGS.contains(token.ner())) ? null : before;
		}
		return null;
	}

	/**
	 * An apposition to the source, also when the parse hangs it on a word inside the
	 * name.
	 */
	private String apposition(CoreSentence sentence, SemanticGraph graph, IndexedWord head) {
		Set<Integer> name = subtree(graph, head, NOT_IN_SOURCE);
		for (SemanticGraphEdge edge : graph.edgeListSorted()) {
			if (relation(edge).equals("appos") && name.contains(edge.getGovernor().index())
					&& !name.contains(edge.getDependent().index())) {
				int[] extent = extent(sentence, subtree(graph, edge.getDependent(), Set.of("punct")));
				if (extent != null) {
					return sentence.document().text().substring(extent[0], extent[1]);
				}
			}
		}
		return null;
	}

	private boolean isQuoted(CoreSentence sentence, IndexedWord word) {
		int i = word.index() - 2;
		return i >= 0 && sentence.tokens().get(i).word().matches("``|\"|“|'");
	}

	private static String relation(SemanticGraphEdge edge) {
		return edge.getRelation().getShortName();
	}

	private static Set<Integer> subtree(SemanticGraph graph, IndexedWord root, Set<String> skipRelations) {
		Set<Integer> indices = new TreeSet<>();
		List<IndexedWord> stack = new ArrayList<>(List.of(root));
		while (!stack.isEmpty()) {
			IndexedWord word = stack.remove(stack.size() - 1);
			if (!indices.add(word.index())) {
				continue;
			}
			for (SemanticGraphEdge edge : graph.outgoingEdgeList(word)) {
				if (!skipRelations.contains(relation(edge))) {
					stack.add(edge.getDependent());
				}
			}
		}
		return indices;
	}

	/** Character extent of 1-based token indices, without punctuation at either end. */
	private static int[] extent(CoreSentence sentence, Set<Integer> indices) {
		List<CoreLabel> tokens = sentence.tokens();
		List<Integer> sorted = new ArrayList<>(new TreeSet<>(indices));
		int from = 0;
		int to = sorted.size() - 1;
		while (from <= to && isPunctuation(tokens.get(sorted.get(from) - 1))
				&& !isQuoteMark(tokens.get(sorted.get(from) - 1))) {
			from++;
		}
		while (to >= from && isPunctuation(tokens.get(sorted.get(to) - 1))
				&& !isQuoteMark(tokens.get(sorted.get(to) - 1))) {
			to--;
		}
		if (from > to) {
			return null;
		}
		return new int[] { tokens.get(sorted.get(from) - 1).beginPosition(),
				tokens.get(sorted.get(to) - 1).endPosition() };
	}

	/**
	 * Character extent of tokens [from, to) (0-based), without punctuation at either end.
	 */
	private static int[] range(List<CoreLabel> tokens, int from, int to) {
		while (from < to && isPunctuation(tokens.get(from)) && !isQuoteMark(tokens.get(from))) {
			from++;
		}
		while (to > from && isPunctuation(tokens.get(to - 1)) && !isQuoteMark(tokens.get(to - 1))) {
			to--;
		}
		if (from >= to) {
			return null;
		}
		return new int[] { tokens.get(from).beginPosition(), tokens.get(to - 1).endPosition() };
	}

	/** The noun phrase ending (or, forwards, starting) at a 0-based token index. */
	private static List<CoreLabel> nounChunk(List<CoreLabel> tokens, int at, boolean forwards) {
		List<CoreLabel> chunk = new ArrayList<>();
		int step = forwards ? 1 : -1;
		for (int i = at; i >= 0 && i < tokens.size() && NOUN_TAGS.contains(tokens.get(i).tag()); i += step) {
			if (forwards) {
				chunk.add(tokens.get(i));
			}
			else {
				chunk.add(0, tokens.get(i));
			}
		}
		if (!forwards && !chunk.isEmpty() && chunk.get(chunk.size() - 1).tag().equals("PRP")) {
			// "the money he says he raised": a pronoun is a noun phrase of its own
			return new ArrayList<>(chunk.subList(chunk.size() - 1, chunk.size()));
		}
		while (!chunk.isEmpty() && !chunk.get(chunk.size() - 1).tag().matches("NN.*|PRP|CD")) {
			chunk.remove(chunk.size() - 1);
		}
		while (!chunk.isEmpty() && chunk.get(0).tag().equals("CC")) {
			chunk.remove(0);
		}
		return chunk;
	}

	private static boolean onlyPunctuation(List<CoreLabel> tokens, int from, int to) {
		for (int i = from; i < to; i++) {
			if (!isPunctuation(tokens.get(i))) {
				return false;
			}
		}
		return true;
	}

	private static boolean isQuoteOrComma(List<CoreLabel> tokens, int i) {
		return i >= 0 && (isQuoteMark(tokens.get(i)) || tokens.get(i).word().equals(","));
	}

	private static boolean isPunctuation(CoreLabel token) {
		return !token.word().isEmpty() && token.word().chars().noneMatch(Character::isLetterOrDigit);
	}

	private static boolean isQuoteMark(CoreLabel token) {
		return token.tag() != null && (token.tag().equals("``") || token.tag().equals("''"))
				|| token.word().matches("[\"'“”‘’`]{2,}");
	}

	private static TextSpan span(String text, List<CoreLabel> tokens) {
		int start = tokens.get(0).beginPosition();
		int end = tokens.get(tokens.size() - 1).endPosition();
		return new TextSpan(text.substring(start, end), start, end);
	}

	/**
	 * Quotations in a text: curly or straight quote pairs, an unclosed one running to the
	 * paragraph's end.
	 */
	private record Quotes(String text, boolean[] quoted) {

		private static final int NONE = 0;

		private static final int CURLY = 1;

		private static final int STRAIGHT = 2;

		/** Two apostrophes (''), used as a quote mark in some newspapers' texts. */
		private static final int DOUBLED = 3;

		static Quotes find(String text) {
			boolean[] quoted = new boolean[text.length()];
			int open = -1;
			int opener = NONE;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				// two apostrophes ('') open and close a quotation like a straight quote
				// mark
				boolean doubled = c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'';
				int mark = doubled ? DOUBLED : (c == '\u201c') ? CURLY : (c == '"') ? STRAIGHT : NONE;
				if (c == '\n' && open >= 0) {
					// a quotation running over paragraphs is left open and reopened on
					// the next one; any other unclosed quote mark is a stray
					int next = i;
					while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
						next++;
					}
					if (next < text.length() && (text.charAt(next) == '\u201c' || text.charAt(next) == '"'
							|| text.startsWith("''", next))) {
						Arrays.fill(quoted, open, i, true);
					}
					open = -1;
				}
				else if (open < 0 && mark != NONE) {
					open = i;
					opener = mark;
				}
				else if (open >= 0 && (c == '\u201d' && opener == CURLY || mark == STRAIGHT && opener == STRAIGHT
						|| mark == DOUBLED && opener == DOUBLED)) {
					Arrays.fill(quoted, open, doubled ? i + 2 : i + 1, true);
					open = -1;
				}
				if (doubled) {
					i++;
				}
			}
			return new Quotes(text, quoted);
		}

		/** The quotation closing just before an offset (only blanks between), or null. */
		int[] endingBefore(int offset) {
			int end = offset - 1;
			while (end >= 0 && Character.isWhitespace(this.text.charAt(end)) && this.text.charAt(end) != '\n') {
				end--;
			}
			if (end < 0 || !this.quoted[end] || Character.isWhitespace(this.text.charAt(end))) {
				return null;
			}
			int start = end;
			while (start > 0 && this.quoted[start - 1]) {
				start--;
			}
			return new int[] { start, end + 1 };
		}

		/**
		 * True for a quotation: all but a few letters of [start, end) quoted. Indirect
		 * speech with quoted phrases ("said the troops “were forced to ...”") is no
		 * quotation.
		 */
		boolean isQuotation(int start, int end) {
			return share(start, end) >= 0.9;
		}

		/** True when most letters of [start, end) are inside quotations. */
		boolean covers(int start, int end) {
			return share(start, end) >= 0.6;
		}

		private double share(int start, int end) {
			int letters = 0;
			int inside = 0;
			for (int i = start; i < end && i < this.quoted.length; i++) {
				if (Character.isLetterOrDigit(this.text.charAt(i))) {
					letters++;
					if (this.quoted[i]) {
						inside++;
					}
				}
			}
			return (letters > 0) ? (double) inside / letters : 0;
		}

	}

	/** An attribution found in a sentence, before its source is resolved. */
	private static final class Found {

		private final int sentence;

		private List<CoreLabel> source;

		private List<CoreLabel> referent;

		private String apposition;

		private Found continues;

		private int cueStart;

		private int cueEnd;

		private int contentStart;

		private int contentEnd;

		private boolean direct;

		/** Cued by a verb of thought or stance rather than speech. */
		private boolean weak;

		/**
		 * A count credited to its own source inside another report ("disputed the toll of
		 * 42 dead reported by the health ministry"): kept beside the outer report.
		 */
		private boolean credited;

		/**
		 * Cued by a verb whose content is a clause or quotation ("said (that) ..."), not
		 * the rest of the sentence after a plain object or phrase.
		 */
		private boolean clause;

		/**
		 * Cued by a verb coordinated with another ("said ... and called ...") or by a
		 * participle of the same speaker ("..., comparing him to ...").
		 */
		private boolean coordinated;

		private Found(int sentence) {
			this.sentence = sentence;
		}

		private void cueOn(CoreLabel token) {
			this.cueStart = token.beginPosition();
			this.cueEnd = token.endPosition();
		}

		private void cueOn(IndexedWord word) {
			cueOn(word.backingLabel());
		}

		/**
		 * The content's extent ({start, end}), without a dateline it opens with
		 * ("WASHINGTON: ...", "ROME (Reuters) - ..."); direct when it is a quotation.
		 */
		private void content(int[] extent, Quotes quotes) {
			this.contentStart = extent[0];
			this.contentEnd = extent[1];
			int lineStart = quotes.text().lastIndexOf('\n', Math.max(0, this.contentStart - 1)) + 1;
			if (quotes.text().substring(lineStart, this.contentStart).isBlank()) {
				Matcher dateline = DATELINE.matcher(quotes.text()).region(this.contentStart, this.contentEnd);
				if (dateline.lookingAt() && dateline.end() < this.contentEnd) {
					this.contentStart = dateline.end();
				}
			}
			this.direct = quotes.isQuotation(this.contentStart, this.contentEnd);
		}

	}

}
