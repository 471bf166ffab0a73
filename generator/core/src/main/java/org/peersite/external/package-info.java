/** The external link check: links that leave the site, fetched over HTTP, broken ones reported at their place. */
package org.peersite.external;
