-- The staff queues' queries as EF Core sends them on PostgreSQL (columns trimmed), for EXPLAIN.
\echo '== complaints queue, first page (unfinished, by due date)'
EXPLAIN (ANALYZE, COSTS OFF) SELECT c."Id", c."Reference", c."NextDueOn" FROM "Complaints" c WHERE c."Status" NOT IN ('Closed','Withdrawn') ORDER BY c."NextDueOn", c."Id" LIMIT 50 OFFSET 0;
\echo '== complaints queue, the count of unfinished complaints'
EXPLAIN (ANALYZE, COSTS OFF) SELECT count(*) FROM "Complaints" c WHERE c."Status" NOT IN ('Closed','Withdrawn');
\echo '== complaints queue, the count of unfinished complaints up to 1,001 (what the page now asks)'
EXPLAIN (ANALYZE, COSTS OFF) SELECT count(*) FROM (SELECT 1 FROM "Complaints" c WHERE c."Status" NOT IN ('Closed','Withdrawn') LIMIT 1001) t;
\echo '== complaints queue, overdue, page 20'
EXPLAIN (ANALYZE, COSTS OFF) SELECT c."Id", c."Reference", c."NextDueOn" FROM "Complaints" c WHERE c."Status" NOT IN ('Closed','Withdrawn') AND c."NextDueOn" < current_date ORDER BY c."NextDueOn", c."Id" LIMIT 50 OFFSET 950;
\echo '== complaints queue, one officer'
EXPLAIN (ANALYZE, COSTS OFF) SELECT c."Id", c."Reference", c."NextDueOn" FROM "Complaints" c WHERE c."Status" NOT IN ('Closed','Withdrawn') AND c."AssignedToId" = 'officer-3' ORDER BY c."NextDueOn", c."Id" LIMIT 50 OFFSET 0;
\echo '== complaints queue, page 800 (offset 40,000)'
EXPLAIN (ANALYZE, COSTS OFF) SELECT c."Id", c."Reference", c."NextDueOn" FROM "Complaints" c WHERE c."Status" NOT IN ('Closed','Withdrawn') ORDER BY c."NextDueOn", c."Id" LIMIT 50 OFFSET 40000;
\echo '== complaints queue, page 800 by keyset (after the last row of page 799, as a "next" link would carry it), for comparison'
SELECT c."NextDueOn" AS key_due, c."Id" AS key_id FROM "Complaints" c WHERE c."Status" NOT IN ('Closed','Withdrawn') ORDER BY c."NextDueOn", c."Id" LIMIT 1 OFFSET 39999 \gset
EXPLAIN (ANALYZE, COSTS OFF) SELECT c."Id", c."Reference", c."NextDueOn" FROM "Complaints" c WHERE c."Status" NOT IN ('Closed','Withdrawn') AND (c."NextDueOn", c."Id") > (:'key_due', :key_id) ORDER BY c."NextDueOn", c."Id" LIMIT 50;
\echo '== views list (my invitations and those shared with me, last 90 days)'
EXPLAIN (ANALYZE, COSTS OFF) SELECT i."Id", i."EventDate" FROM "Invitations" i LEFT JOIN "ViewResponses" r ON r."InvitationId" = i."Id"
  WHERE i."BatchId" IS NULL AND i."EventDate" >= current_date - 90
    AND (i."CreatedById" = 'practitioner-3' OR (i."SocialWorkerId" = 'practitioner-3' AND r."Id" IS NOT NULL AND r."ShareWithSocialWorker" AND r."SubmittedAt" IS NOT NULL))
  ORDER BY i."EventDate" LIMIT 500;
\echo '== safeguarding triage, open flags by deadline'
EXPLAIN (ANALYZE, COSTS OFF) SELECT f."Id", f."DueAt" FROM "SafeguardingFlags" f WHERE f."Decision" IS NULL ORDER BY f."DueAt" LIMIT 5000;
\echo '== safeguarding triage, decided in the last 30 days'
EXPLAIN (ANALYZE, COSTS OFF) SELECT f."Id", f."DecidedAt" FROM "SafeguardingFlags" f WHERE f."Decision" IS NOT NULL AND f."DecidedAt" >= now() - interval '30 days' ORDER BY f."DecidedAt" DESC LIMIT 300;
