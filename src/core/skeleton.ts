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

## Summary of actions agreed

| Owner | Action | Due |
|---|---|---|
| FN | What was agreed | ${date} |

## 1. First agenda item

Discussion.

## Next meeting

${date}
`;
}
