package io.pyra.support.mailbox;

/**
 * An attachment of an inbound mail: its name (may be null), type and size; {@code kept} when its
 * bytes were stored (at most the kept size, 10 MB by default), readable through {@link
 * InboundMails#attachmentContent}.
 */
public record InboundAttachment(
    int position, String fileName, String contentType, long size, boolean kept) {}
