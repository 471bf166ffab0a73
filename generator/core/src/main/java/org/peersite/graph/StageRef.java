package org.peersite.graph;

/** A framework stage a concept stands for: the framework's content path, the stage's 1-based number and name. */
public record StageRef(String framework, int number, String name) {
}
