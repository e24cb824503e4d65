/**
 * Bulk import of articles from JSON Lines and RSS/Atom files: a job in PostgreSQL that a
 * background worker (or the command line) works through line by line, saving each article
 * through {@link org.claimtrace.article.ArticleService}.
 */
package org.claimtrace.article.importing;
