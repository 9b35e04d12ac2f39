"""A transcript names a channel, or a survey a touchpoint, the standards do not have.

## What it does
Checks a transcript's `channel` against channels.yaml (for exports, after `--channel-map`) and a survey's
`touchpoint` against the ids of stages, steps and channels, with "did you mean".

## Why it matters
Response times and required elements come from the channel; an unknown one leaves the conversation unjudged.

## Example
```json
{"conversation": "c-1", "channel": "webchat", "time": "2026-11-02T10:00:00Z", "speaker": "customer", "employee": null, "text": "Hi"}
```

## Use instead
Use the channel's id from channels.yaml (`chat`), or map an export's channel names with `--channel-map
webchat=chat`.

An audit input problem is always an error: `handbook audit` exits 1 and writes no report. `lint:` does not change it
(it sets the standards' rules).
"""

ID = "AUDIT012"
NAME = "unknown-channel"
SEVERITY = "error"
SUMMARY = "a transcript names a channel, or a survey a touchpoint, the standards do not have"
STAGE = "audit"
