#!/usr/bin/env bash
# Prints a development token of the running local stack, signed with the stack's own key and valid for 12 hours.
#   deploy/local/token.sh ROLE [SCHOOL ...]
#   TOKEN=$(deploy/local/token.sh registrar jxtc)
#   curl -H "Authorization: Bearer $TOKEN" localhost:8080/api/v1/schools/jxtc/majors
# ROLE: registrar, hr, finance, training, report-editor, viewer, admin. Only services started by up.sh (local
# profile) accept these tokens.
set -euo pipefail
if (( $# < 1 )); then
  sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
query="role=$1"
shift
for school in "$@"; do
  query+="&school=$school"
done
status=0
curl -sS --fail-with-body -X POST "http://localhost:9000/local-development/token?$query" 2>/dev/null || status=$?
if (( status == 7 )); then
  echo "The local stack's token issuer does not answer on localhost:9000; start it with deploy/local/up.sh" >&2
fi
exit $status
