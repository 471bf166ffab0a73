package org.peersite.markdown;

import java.util.Locale;

import org.commonmark.node.CustomBlock;

/**
 * An Obsidian callout (or GitHub alert): a block quote whose first line is {@code [!type]}, optionally folding
 * ({@code [!type]+} open, {@code [!type]-} closed) and with a title after the marker.
 * <pre>
 * &gt; [!warning]- Before the first meeting
 * &gt; Agree on confidentiality.
 * </pre>
 * Its first child is its {@link CalloutTitle}; the blocks after it are its body, which may hold other callouts.
 * Made by {@link CalloutExtension}.
 */
public final class Callout extends CustomBlock {

    /** Whether and how the callout folds. */
    public enum Fold {
        /** Always open: no {@code +} or {@code -} after the marker. */
        NONE,
        /** Foldable, open at first ({@code +}). */
        OPEN,
        /** Foldable, closed at first ({@code -}). */
        CLOSED
    }

    private final String type;
    private final String metadata;
    private final Fold fold;

    Callout(String type, String metadata, Fold fold) {
        this.type = type;
        this.metadata = metadata;
        this.fold = fold;
        appendChild(new CalloutTitle());
    }

    /** The type as written, lower case: {@code faq}, {@code warning}, or an unknown {@code recipe}. */
    public String type() {
        return type;
    }

    /** What the type stands for; {@link CalloutType#NOTE} for a type Obsidian does not know. */
    public CalloutType kind() {
        CalloutType known = CalloutType.of(type);
        return known != null ? known : CalloutType.NOTE;
    }

    /** Whether Obsidian knows the type (an unknown one is shown as a note). */
    public boolean knownType() {
        return CalloutType.of(type) != null;
    }

    /** What follows {@code |} inside the marker ({@code [!note|wide]}), for the theme; {@code null} if nothing. */
    public String metadata() {
        return metadata;
    }

    public Fold fold() {
        return fold;
    }

    public CalloutTitle title() {
        return (CalloutTitle) getFirstChild();
    }

    /** The title shown when none is written: the type, capitalised ({@code Faq}, {@code Note}). */
    public String defaultTitle() {
        return type.substring(0, 1).toUpperCase(Locale.ROOT) + type.substring(1);
    }

    @Override
    protected String toStringAttributes() {
        return "type=" + type + ", fold=" + fold + (metadata == null ? "" : ", metadata=" + metadata);
    }
}
