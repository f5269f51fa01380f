package vn.mailcompliance.demo;

/** A staff member the demo's HR roster lists without a mailbox: not yet issued one. */
record DemoNewcomer(String name, String unitCode, String employeeId) {
}
