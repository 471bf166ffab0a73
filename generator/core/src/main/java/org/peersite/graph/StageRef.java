package org.peersite.graph;

import org.peersite.model.Page;

/** A framework stage a concept stands for: the framework, the stage's 1-based number and name. */
public record StageRef(Page framework, int number, String name) {
}
