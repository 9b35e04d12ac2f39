"""A conversation's messages name different channels.

## What it does
Checks that every message of a conversation names the channel of its first message (the message names that line).

## Why it matters
Targets and required elements are per channel; a conversation judged by two channels' rules has no single verdict.

## Example
```json
{"conversation": "c-1", "channel": "chat", "time": "2026-11-02T10:00:00Z", "speaker": "customer", "employee": null, "text": "Hi"}
{"conversation": "c-1", "channel": "email", "time": "2026-11-02T10:01:00Z", "speaker": "agent", "employee": "emp-7", "text": "Hello"}
```

## Use instead
Give a conversation that moves to another channel a new conversation id there.

An audit input problem is always an error: `handbook audit` exits 1 and writes no report. `lint:` does not change it
(it sets the standards' rules).
"""

ID = "AUDIT015"
NAME = "channel-changes"
SEVERITY = "error"
SUMMARY = "a conversation's messages name different channels"
STAGE = "audit"
