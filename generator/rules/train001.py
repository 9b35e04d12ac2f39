"""A roster or acknowledgements file cannot be read as the CSV `handbook training` expects.

## What it does
Checks the `--staff` and `--acks` files of `handbook training`: readable UTF-8 CSV (a byte-order mark is fine),
quotes closed, a header with every required column once and no unknown column (with "did you mean"), and every
row with as many fields as the header. Columns are matched by name, in any order.

- roster (`--staff`): `employee,role,location`, optional `name`;
- acknowledgements (`--acks`): `employee,version,date`, optional `kind`, `trainer`, `role`, `note`.

## Why it matters
A report on who has read the standards is used in HR disputes; it must come from the whole file, read as written.

## Example
```csv
employe,role,location
```

## Use instead
```csv
employee,role,location
```

A problem in a training input is always an error: `handbook training` exits 1 and reports nothing. `lint:` does
not change it (it sets the standards' rules).
"""

ID = "TRAIN001"
NAME = "bad-training-file"
SEVERITY = "error"
SUMMARY = "a roster or acknowledgements file that is not the CSV `handbook training` expects"
STAGE = "training"
