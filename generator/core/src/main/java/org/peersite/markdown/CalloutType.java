package org.peersite.markdown;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The callout types Obsidian knows, each with its aliases ({@code [!faq]} is a {@link #QUESTION}). GitHub's
 * alerts use the same words: {@code [!NOTE]}, {@code [!TIP]}, {@code [!IMPORTANT]} (a tip), {@code [!WARNING]}
 * and {@code [!CAUTION]} (a warning). The theme styles each type by its {@link #id()}.
 */
public enum CalloutType {
    NOTE("note"),
    ABSTRACT("abstract", "summary", "tldr"),
    INFO("info"),
    TODO("todo"),
    TIP("tip", "hint", "important"),
    SUCCESS("success", "check", "done"),
    QUESTION("question", "help", "faq"),
    WARNING("warning", "caution", "attention"),
    FAILURE("failure", "fail", "missing"),
    DANGER("danger", "error"),
    BUG("bug"),
    EXAMPLE("example"),
    QUOTE("quote", "cite");

    private static final Map<String, CalloutType> BY_NAME = new HashMap<>();

    static {
        for (CalloutType type : values()) {
            type.names.forEach(name -> BY_NAME.put(name, type));
        }
    }

    private final List<String> names;

    CalloutType(String... names) {
        this.names = List.of(names);
    }

    /** The type's own name, lower case: {@code question}. */
    public String id() {
        return names.get(0);
    }

    /** Its name and aliases, lower case. */
    public List<String> names() {
        return names;
    }

    /** The type a name or alias stands for, in any case; {@code null} for a name Obsidian does not know. */
    public static CalloutType of(String name) {
        return BY_NAME.get(name.toLowerCase(Locale.ROOT));
    }
}
