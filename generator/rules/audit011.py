"""A transcript line or record is not a message: not JSON, not an object, a field missing or of the wrong type.

## What it does
Checks each line of a JSON Lines transcript file (and each record of a Zendesk or Intercom export): UTF-8 text,
valid JSON, an object with the fields `conversation`, `channel`, `time`, `speaker`, `text` (strings) and `employee`.
A line longer than 4 MiB is reported and skipped a block at a time.

## Why it matters
A record that is not a message cannot be judged; the next lines are still read, so one broken line costs one
message.

## Example
```json
{"conversation": "c-1", "channel": "chat", "time": "2026-11-02T10:00:00Z", "speaker": "agent"}
```

## Use instead
```json
{"conversation": "c-1", "channel": "chat", "time": "2026-11-02T10:00:00Z", "speaker": "agent", "employee": "emp-7", "text": "Hello!"}
```

An audit input problem is always an error: `handbook audit` exits 1 and writes no report. `lint:` does not change it
(it sets the standards' rules).
"""

ID = "AUDIT011"
NAME = "bad-transcript-record"
SEVERITY = "error"
SUMMARY = "a transcript line or record is not a message: not JSON, not an object, a field missing or of the wrong type"
STAGE = "audit"
