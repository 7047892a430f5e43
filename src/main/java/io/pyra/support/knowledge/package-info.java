/**
 * The knowledge base: articles in Markdown (title, body, category, tags, language, audience,
 * status), searched in English and Chinese through a term table written with each article, offered
 * to a case by similarity to its subject and description, and linked to cases. The case code calls
 * {@link io.pyra.support.knowledge.KnowledgeSuggestions} and {@link
 * io.pyra.support.knowledge.KnowledgeLinks}.
 */
package io.pyra.support.knowledge;
