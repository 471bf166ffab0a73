package org.peersite;

/**
 * The generator was set up wrongly (a content folder that does not exist, a negative thread count): a mistake
 * in how peersite was called, not in the content. Command lines turn it into a usage error.
 */
public final class GeneratorSetupException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public GeneratorSetupException(String message) {
        super(message);
    }
}
