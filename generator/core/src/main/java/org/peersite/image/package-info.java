/**
 * Images: read at load (fingerprint and header, never a decode, limits checked), planned (the variant files and
 * their content-hashed names, known without decoding) and rendered (decoded within a memory budget, oriented,
 * resized, written without metadata; SVGs sanitised). {@link org.peersite.image.Images} is the entry point,
 * {@link org.peersite.image.ImageHtml} gives a page its {@code <img>} attributes. Depends only on
 * {@link org.peersite.diag} and {@link org.peersite.internal}, so any stage can use it.
 */
package org.peersite.image;
