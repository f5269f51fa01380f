package vn.mailcompliance.check;

import java.time.Clock;
import java.util.List;

import vn.mailcompliance.directory.DirectorySnapshot;
import vn.mailcompliance.finding.Finding;

/**
 * A rule of the regulation that needs the whole directory at once (one unit mailbox per unit, one personal mailbox per
 * person).
 */
public interface DirectoryCheck {

    List<Finding> check(DirectorySnapshot directory, Policy policy, Clock clock);
}
