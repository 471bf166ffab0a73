package org.peersite.render.conceptmap;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A map's nodes and edges by index: nodes sorted by id, edges merged and sorted, so every later step loops in an
 * order that does not depend on the order the caller gave them in.
 */
final class IndexedGraph {

    final MapNode[] nodes;
    /** The merged edges, {@code from} before {@code to} by id, sorted. */
    final List<MapEdge> edges;
    final int[] from;
    final int[] to;
    /** For each node, the indices of its neighbours. */
    final int[][] adjacency;

    private IndexedGraph(MapNode[] nodes, List<MapEdge> edges, int[] from, int[] to, int[][] adjacency) {
        this.nodes = nodes;
        this.edges = edges;
        this.from = from;
        this.to = to;
        this.adjacency = adjacency;
    }

    /**
     * @throws IllegalArgumentException if two nodes share an id or an edge names a node that is not given
     */
    static IndexedGraph of(Collection<MapNode> nodes, Collection<MapEdge> edges) {
        MapNode[] sorted = nodes.toArray(new MapNode[0]);
        Arrays.sort(sorted, Comparator.comparing(MapNode::id));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < sorted.length; i++) {
            if (index.put(sorted[i].id(), i) != null) {
                throw new IllegalArgumentException("two nodes have the id " + sorted[i].id());
            }
        }
        List<MapEdge> merged = mergeEdges(edges, index);
        int[] from = new int[merged.size()];
        int[] to = new int[merged.size()];
        for (int e = 0; e < merged.size(); e++) {
            from[e] = index.get(merged.get(e).from());
            to[e] = index.get(merged.get(e).to());
        }
        return new IndexedGraph(sorted, merged, from, to, adjacency(sorted.length, from, to));
    }

    int size() {
        return nodes.length;
    }

    /** Undirected edges with their ends in id order, duplicates added up, self-loops left out; sorted. */
    private static List<MapEdge> mergeEdges(Collection<MapEdge> edges, Map<String, Integer> index) {
        TreeMap<String, TreeMap<String, Integer>> weights = new TreeMap<>();
        for (MapEdge edge : edges) {
            for (String end : List.of(edge.from(), edge.to())) {
                if (!index.containsKey(end)) {
                    throw new IllegalArgumentException("edge " + edge.from() + " -- " + edge.to()
                            + " names " + end + ", which is not one of the nodes");
                }
            }
            int order = edge.from().compareTo(edge.to());
            if (order == 0) {
                continue;
            }
            String low = order < 0 ? edge.from() : edge.to();
            String high = order < 0 ? edge.to() : edge.from();
            weights.computeIfAbsent(low, k -> new TreeMap<>()).merge(high, edge.weight(), Integer::sum);
        }
        List<MapEdge> merged = new ArrayList<>();
        weights.forEach((low, ends) -> ends.forEach((high, weight) -> merged.add(new MapEdge(low, high, weight))));
        return merged;
    }

    private static int[][] adjacency(int n, int[] from, int[] to) {
        int[] degree = new int[n];
        for (int e = 0; e < from.length; e++) {
            degree[from[e]]++;
            degree[to[e]]++;
        }
        int[][] adjacency = new int[n][];
        for (int i = 0; i < n; i++) {
            adjacency[i] = new int[degree[i]];
        }
        int[] filled = new int[n];
        for (int e = 0; e < from.length; e++) {
            adjacency[from[e]][filled[from[e]]++] = to[e];
            adjacency[to[e]][filled[to[e]]++] = from[e];
        }
        return adjacency;
    }

    /** Heaviest first, then most connected, then by id: the order of importance on the map. */
    Integer[] byImportance() {
        Integer[] order = new Integer[nodes.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> -nodes[i].weight())
                .thenComparingInt(i -> -adjacency[i].length)
                .thenComparingInt(i -> i));
        return order;
    }

    /** Breadth first through each component, starting at the most important node not yet reached. */
    int[] breadthFirstOrder() {
        Integer[] importance = byImportance();
        int[] rank = new int[nodes.length];
        for (int r = 0; r < importance.length; r++) {
            rank[importance[r]] = r;
        }
        boolean[] seen = new boolean[nodes.length];
        int[] order = new int[nodes.length];
        int count = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int start : importance) {
            if (seen[start]) {
                continue;
            }
            seen[start] = true;
            queue.add(start);
            while (!queue.isEmpty()) {
                int node = queue.poll();
                order[count++] = node;
                int[] next = Arrays.stream(adjacency[node]).boxed()
                        .sorted(Comparator.comparingInt(i -> rank[i])).mapToInt(Integer::intValue).toArray();
                for (int neighbour : next) {
                    if (!seen[neighbour]) {
                        seen[neighbour] = true;
                        queue.add(neighbour);
                    }
                }
            }
        }
        return order;
    }

}
