"""A transcript time is not ISO 8601 with a time zone.

## What it does
Checks each message's `time` (JSON Lines) or creation time (exports): an ISO 8601 date and time with a time zone
(`Z` or an offset).

## Why it matters
Response times are differences between messages; a time without a zone could be off by hours.

## Example
```json
{"conversation": "c-1", "channel": "chat", "time": "2026-11-02 10:00", "speaker": "customer", "employee": null, "text": "Hi"}
```

## Use instead
```json
{"conversation": "c-1", "channel": "chat", "time": "2026-11-02T10:00:00+02:00", "speaker": "customer", "employee": null, "text": "Hi"}
```

An audit input problem is always an error: `handbook audit` exits 1 and writes no report. `lint:` does not change it
(it sets the standards' rules).
"""

ID = "AUDIT013"
NAME = "bad-time"
SEVERITY = "error"
SUMMARY = "a transcript time is not ISO 8601 with a time zone"
STAGE = "audit"
