#!/usr/bin/env bash
# `npm run audit`: fails on a high or critical advisory in what ships (the
# production dependencies). A registry without the advisories endpoint (a
# mirror may answer it with 405) or no network cannot tell either way: that
# is said, and is not a failure, so that CI still runs there.
set -uo pipefail

output=$(npm audit --omit=dev --audit-level=high 2>&1)
status=$?
if [ "$status" -eq 0 ]; then
  echo "$output"
  exit 0
fi
if grep -qE 'audit endpoint returned an error|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT' <<<"$output"; then
  echo "npm audit: this registry does not answer the advisories endpoint;"
  echo "no audit result (see README, Known gaps)."
  exit 0
fi
echo "$output"
exit 1
