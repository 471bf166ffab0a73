package org.peersite.render.conceptmap;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Graphs for the concept-map tests: one shaped like the real site, and generated ones of any size. */
public final class SampleGraphs {

    private SampleGraphs() {
    }

    /** Fifteen concepts of the peer-advantage site, weighted and connected roughly as the content connects them. */
    public static List<MapNode> siteNodes() {
        return List.of(
                new MapNode("peer-advantage", "Peer Advantage", 48),
                new MapNode("connect", "Connect", 31),
                new MapNode("network", "Network", 27),
                new MapNode("optimize", "Optimize", 24),
                new MapNode("accelerate", "Accelerate", 22),
                new MapNode("peer-advisory-group", "Peer advisory group", 36),
                new MapNode("trusted-peers", "Trusted peers", 14),
                new MapNode("accountability", "Accountability", 17),
                new MapNode("vulnerability", "Vulnerability", 9),
                new MapNode("collective-wisdom", "Collective wisdom", 12),
                new MapNode("blind-spots", "Blind spots", 7),
                new MapNode("confidentiality", "Confidentiality", 6),
                new MapNode("facilitator", "Group chair / facilitator", 5),
                new MapNode("hot-seat", "Hot seat", 4),
                new MapNode("leadership-isolation", "Leadership isolation", 0));
    }

    public static List<MapEdge> siteEdges() {
        return List.of(
                new MapEdge("peer-advantage", "connect", 12),
                new MapEdge("peer-advantage", "network", 10),
                new MapEdge("peer-advantage", "optimize", 9),
                new MapEdge("peer-advantage", "accelerate", 9),
                new MapEdge("peer-advantage", "peer-advisory-group", 14),
                new MapEdge("connect", "network", 6),
                new MapEdge("network", "optimize", 3),
                new MapEdge("optimize", "accelerate", 5),
                new MapEdge("connect", "trusted-peers", 5),
                new MapEdge("peer-advisory-group", "trusted-peers", 7),
                new MapEdge("peer-advisory-group", "accountability", 6),
                new MapEdge("accelerate", "accountability", 4),
                new MapEdge("peer-advisory-group", "collective-wisdom", 5),
                new MapEdge("optimize", "collective-wisdom", 3),
                new MapEdge("collective-wisdom", "blind-spots", 3),
                new MapEdge("trusted-peers", "vulnerability", 3),
                new MapEdge("vulnerability", "confidentiality", 2),
                new MapEdge("peer-advisory-group", "confidentiality", 3),
                new MapEdge("peer-advisory-group", "facilitator", 4),
                new MapEdge("peer-advisory-group", "hot-seat", 3),
                new MapEdge("hot-seat", "blind-spots", 2),
                new MapEdge("leadership-isolation", "trusted-peers", 1));
    }

    /** A seeded random graph: {@code n} nodes with label lengths of one to four words, about {@code m} edges. */
    public static List<MapNode> generatedNodes(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] words = {"peer", "group", "trust", "leader", "growth", "Advisory", "network", "wisdom", "MW",
                "accountability", "insight", "board", "team", "coaching", "strategy", "feedback", "Workshop"};
        List<MapNode> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int wordCount = 1 + random.nextInt(4);
            StringBuilder label = new StringBuilder();
            for (int w = 0; w < wordCount; w++) {
                label.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
            }
            nodes.add(new MapNode(String.format(java.util.Locale.ROOT, "c%04d", i), label.toString(),
                    random.nextInt(60) * random.nextInt(3)));
        }
        return nodes;
    }

    /** Edges between seeded random nodes, biased towards low indices so some nodes are hubs. */
    public static List<MapEdge> generatedEdges(int n, int m, long seed) {
        SplittableRandom random = new SplittableRandom(seed * 31 + 7);
        List<MapEdge> edges = new ArrayList<>();
        for (int e = 0; e < m; e++) {
            int a = random.nextInt(n);
            int b = (int) Math.floor(n * Math.pow(random.nextDouble(), 2.5));
            edges.add(new MapEdge(String.format(java.util.Locale.ROOT, "c%04d", a),
                    String.format(java.util.Locale.ROOT, "c%04d", b), 1 + random.nextInt(5)));
        }
        return edges;
    }
}
