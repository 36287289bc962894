/** The sections of new minutes after the roster, as "New Minutes" and "Start the Next Meeting" write them. */
export function agendaSkeleton(date: string, placeholderRow = `| FN | What was agreed | ${date} |`, nextMeeting = date): string {
  return `## Summary of actions agreed

| Owner | Action | Due |
|---|---|---|
${placeholderRow}

## 1. First agenda item

Discussion.

## Next meeting

${nextMeeting}
`;
}

/** A new minutes document, as the "New Minutes" command creates it. */
export function minutesSkeleton(date: string, title = 'Meeting title'): string {
  return `---
title: ${title}
date: ${date}
location:
---

# ${title}

## Attended

- Full Name (FN)

## Apologies

-

## Copies to

-

${agendaSkeleton(date)}`;
}
