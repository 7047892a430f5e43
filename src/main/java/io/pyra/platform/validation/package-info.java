/**
 * The limits a request declares on its own type ({@code @Size} on text and lists): checked before
 * any module sees the request, and published in the OpenAPI schema as {@code maxLength} and {@code
 * maxItems}.
 */
package io.pyra.platform.validation;
