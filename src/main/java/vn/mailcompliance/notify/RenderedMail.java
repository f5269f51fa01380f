package vn.mailcompliance.notify;

/** A reminder rendered in the reminders' language: the first line of the text template is the subject. */
record RenderedMail(String subject, String text, String html) {
}
