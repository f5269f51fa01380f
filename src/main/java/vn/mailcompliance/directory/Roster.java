package vn.mailcompliance.directory;

import java.util.List;

/** The HR roster as read: its good rows and the rows it rejected. */
record Roster(String source, List<RosterRow> rows, List<DirectoryRead.Rejection> rejections) {
}
