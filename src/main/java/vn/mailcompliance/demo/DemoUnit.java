package vn.mailcompliance.demo;

/** A unit of the demo ministry and how many staff it has. */
record DemoUnit(String code, String name, int staff) {
}
