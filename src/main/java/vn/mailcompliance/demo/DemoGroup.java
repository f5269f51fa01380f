package vn.mailcompliance.demo;

import java.util.List;

/** A group mailbox: an iRedMail mail alias whose members are forwarding targets ({@code is_list = 1}). */
record DemoGroup(String address, String name, String unitCode, List<String> members) {

    String domain() {
        return address.substring(address.indexOf('@') + 1);
    }
}
