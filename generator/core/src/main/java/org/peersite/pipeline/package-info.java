/**
 * The pipeline: the four stages as classes ({@link org.peersite.pipeline.LoadStage},
 * {@link org.peersite.pipeline.ParseStage}, {@link org.peersite.pipeline.LinkStage},
 * {@link org.peersite.pipeline.RenderStage}) run in order by {@link org.peersite.pipeline.Pipeline} over a
 * {@link org.peersite.pipeline.SiteState} that a full build starts empty, the preview keeps in memory and a cached
 * build reads from disk; the pages' bodies and how long they live ({@link org.peersite.pipeline.PageBodies}); and
 * a build from start to end, written out and cached ({@link org.peersite.pipeline.Builds}).
 */
package org.peersite.pipeline;
