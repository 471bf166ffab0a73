package org.peersite.bench.corpus;

import java.util.List;

/**
 * The fixed word lists a corpus is made of. Their order is part of what a seed reproduces: reordering or adding
 * an entry changes every corpus, so do that only on purpose (and say so where benchmark numbers are recorded).
 */
final class Vocabulary {

    /**
     * Concept names with one or two other names each. Concept titles and aliases add a number ("Accelerate 3",
     * "Acceleration 3"), so every name on this list must differ from every other, alias or not.
     */
    static final List<ConceptName> CONCEPTS = List.of(
            new ConceptName("Peer Advantage", "Advantage of Peers", "Peer Edge"),
            new ConceptName("Connect", "Connecting", "Making Contact"),
            new ConceptName("Network", "Networking", "Professional Network"),
            new ConceptName("Optimize", "Optimizing", "Working Together"),
            new ConceptName("Accelerate", "Acceleration", "Accelerating"),
            new ConceptName("Peer Advisory Group", "Advisory Group", "Peer Board"),
            new ConceptName("Accountability", "Mutual Accountability", "Holding to Account"),
            new ConceptName("Confidentiality", "Confidential Room", "What Is Said Here Stays Here"),
            new ConceptName("Issue Processing", "Presenting an Issue", "Issue Round"),
            new ConceptName("Executive Isolation", "Isolation at the Top", "Lonely Leader"),
            new ConceptName("Diverse Perspectives", "Diversity of Views", "Outside View"),
            new ConceptName("Priority Inversion", "Reversed Priorities", "Inverted Order"),
            new ConceptName("Facilitation", "Facilitating", "Group Chairing"),
            new ConceptName("Candid Feedback", "Straight Talk", "Honest Feedback"),
            new ConceptName("Trusted Circle", "Circle of Trust", "Inner Circle"),
            new ConceptName("Blind Spot", "Blind Spots", "Unseen Risk"),
            new ConceptName("Shared Experience", "Lived Experience", "Experience Sharing"),
            new ConceptName("Commitment Round", "Commitments", "Closing Commitments"),
            new ConceptName("Sounding Board", "Soundboard", "Thinking Partner"),
            new ConceptName("Peer Learning", "Learning from Peers", "Learning Together"),
            new ConceptName("Strategic Focus", "Focus on Strategy", "Strategic Attention"),
            new ConceptName("Succession Planning", "Succession", "Handing Over"),
            new ConceptName("Group Norms", "Ground Rules", "House Rules"),
            new ConceptName("Active Listening", "Listening Well", "Attentive Listening"),
            new ConceptName("Reciprocity", "Give and Take", "Mutual Help"),
            new ConceptName("Growth Mindset", "Learning Mindset", "Open Mind"));

    /** Eighteen tags; a page has two to four of them, a concept one to three. */
    static final List<String> TAGS = List.of(
            "leadership", "peer-groups", "strategy", "facilitation", "trust", "growth", "ceo", "research",
            "decision-making", "accountability", "networking", "culture", "succession", "family-business",
            "scaling", "hiring", "sales", "wellbeing");

    static final List<String> FIRST_NAMES = List.of(
            "Ada", "Bram", "Carmen", "Dev", "Elif", "Femi", "Greta", "Hugo", "Ines", "Jonas", "Kaito", "Lena",
            "Malik", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Sven", "Tala", "Umar", "Vera", "Wes", "Xenia",
            "Yusuf", "Zara", "Aiden", "Beatriz", "Chidi", "Dagny");

    static final List<String> LAST_NAMES = List.of(
            "Abbott", "Brandt", "Castillo", "Dalgaard", "Eriksen", "Fontaine", "Gallagher", "Haddad", "Ishikawa",
            "Jovanovic", "Kaplan", "Lindgren", "Moreau", "Novak", "Osei", "Petrov", "Quist", "Rinaldi", "Schuster",
            "Tanaka", "Underwood", "Varga", "Whitfield", "Yilmaz");

    static final List<String> ROLES = List.of(
            "chief executive", "founder and chair", "managing director", "president", "chief operating officer",
            "owner", "group chair", "peer group facilitator", "chief financial officer", "executive coach",
            "second-generation owner");

    static final List<String> PUBLICATIONS = List.of(
            "The Leadership Letter", "Peer Review Quarterly", "Owners' Journal", "The Chair's Notebook",
            "Midsize Business Weekly");

    static final List<String> AUDIENCES = List.of(
            "new group chairs", "experienced chairs", "first-time members", "chief executives", "key executives",
            "business owners", "family-business successors", "emerging leaders");

    /** Interview subjects: the second half of an interview's title and the themes of its questions. */
    static final List<String> TOPICS = List.of(
            "trusting a room of strangers", "hard feedback", "the first year in a group", "letting go of control",
            "growing past fifty people", "handing the company over", "hiring a leadership team", "a bad quarter",
            "selling the business", "working with family", "saying no to customers", "strategy in a crisis",
            "listening before speaking", "the monthly meeting", "peers from other industries", "asking for help",
            "keeping commitments", "loneliness at the top", "building a board", "culture after an acquisition",
            "starting over", "time for thinking");

    /** Interview questions; {@code %s} is a topic. */
    static final List<String> QUESTIONS = List.of(
            "What did you learn about %s?", "How did your group help with %s?", "When did %s start to matter?",
            "Why do leaders struggle with %s?", "What would you tell a new member about %s?",
            "How has %s changed for you?", "What surprised you most about %s?", "Where does %s go wrong?",
            "Who taught you about %s?", "What does %s look like when it works?", "How do you measure %s?",
            "Where should someone start with %s?");

    static final List<String> FRAMEWORK_SHAPES = List.of(
            "Ladder", "Cycle", "Model", "Loop", "Path", "Canvas", "Method", "Compass", "Wheel", "Map", "Steps");

    static final List<String> GUIDE_VERBS = List.of(
            "Running", "Opening", "Chairing", "Preparing", "Closing", "Planning", "Rescuing", "Starting",
            "Reviewing");

    static final List<String> GUIDE_OBJECTS = List.of(
            "a monthly meeting", "an issue round", "the first meeting", "an annual retreat", "a virtual meeting",
            "a member's exit", "a new group", "the commitment round", "a deep dive", "a difficult conversation",
            "a strategy day", "a one-to-one");

    static final List<String> ACTIVITIES = List.of(
            "Check-in round", "Member updates", "Issue processing", "Guest speaker", "Deep dive",
            "Open discussion", "Pair coaching", "Parking lot", "Commitments", "Break", "Lessons learned",
            "Closing round", "Strategy workshop", "Book discussion", "Member spotlight");

    static final List<String> CHECKLIST = List.of(
            "Send the agenda a week ahead", "Confirm the room and the refreshments",
            "Ask the presenter for a one-page summary", "Remind members of the confidentiality agreement",
            "Print last month's commitments", "Collect the monthly update sheets", "Confirm the guest speaker",
            "Test the video link for remote members", "Prepare three open questions",
            "Write down every commitment made today", "Send the notes within two days",
            "Call members who missed the meeting", "Book the next one-to-one", "Update the parking lot",
            "Thank the presenter", "Ask members what to change in the format");

    /**
     * Filler text, roughly most frequent first: {@link Prose} draws word {@code r} with a weight falling like
     * {@code 1 / (r + 10)}, so the text has the skewed word frequencies of English.
     */
    static final List<String> WORDS = List.of((
            "the of and to a in that is for it with as was on be by this are at or from have an they which not "
            + "but we their all can has our more its one about when there what who been also would them will "
            + "other into these so than out only some how time up could any most us first people new way make "
            + "many such like group peers members meeting business company team work year years leaders leader "
            + "decision help learn trust question questions advice growth change market problem answer room "
            + "conversation feedback challenge plan strategy idea ideas insight owner founder executive "
            + "colleagues circle table month quarter goals results progress commitment honest open clear hard "
            + "simple better every each often always never still together across between within before after "
            + "during while because although however instead rather perhaps really quite very much less enough "
            + "another different similar important useful practical real personal professional small large "
            + "local global early late next last long short whole own same share listen ask tell hear think "
            + "know feel see find give take bring keep hold move start stop grow build lead manage hire sell buy "
            + "spend save invest measure test try fail succeed return follow agree disagree support encourage "
            + "doubt remember forget notice explain describe discover decide choose value cost price customer "
            + "client supplier partner board family friend mentor coach chair facilitator story example case "
            + "lesson pattern habit practice routine process system structure culture role responsibility "
            + "confidence courage patience humility curiosity energy focus attention pressure risk opportunity "
            + "outcome impact difference perspective view opinion judgement clarity purpose direction industry "
            + "sector region city office factory store firm venture quarterly annual weekly monthly candid "
            + "thoughtful careful generous demanding patient quiet serious rare common obvious hidden surprising "
            + "difficult easy honestly frankly slowly quickly finally suddenly gradually alone nearby outside "
            + "inside forward").split(" "));

    private Vocabulary() {
    }

    /** A concept's base name and its two possible other names, before the number is added. */
    record ConceptName(String title, String alias, String secondAlias) {
    }
}
