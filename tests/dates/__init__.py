"""Tests of effective dates, the version rule and `handbook training`."""
