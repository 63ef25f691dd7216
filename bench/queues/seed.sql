-- 100,000 complaints shaped like bench/complaints (4 in 5 open, stages 1-3, due -30..+60 days,
-- finished ones and a few others without a due date), 100,000 safeguarding flags (1 in 20 open) and 100,000 invitations
-- from 50 practitioners. Psql variable :n sets the count.
INSERT INTO "Complaints" ("Reference","TrackingCodeHash","Route","Stage","Status","ComplainantType","ComplainantName","Service","Description",
  "IsLate","NeedsAdvocate","NeedsInterpreter","ContactPreference","ReceivedOn","CreatedAt","Channel","Stage1ExtensionDays","NextDueOn","NextDueStep","IsPaused","AssignedToId","AssignedToName","Version")
SELECT 'CMP-Q-' || lpad(g::text, 8, '0'), repeat('0', 64), 'Statutory', 1 + g % 3, CASE WHEN g % 5 = 0 THEN 'Closed' ELSE 'Open' END, 'Parent',
  'Bench ' || g, (ARRAY['fostering','residential','leaving-care','social-work','disabled-children'])[1 + g % 5], 'Benchmark',
  false, false, false, 'Email', current_date - (g::bigint * 7919 % 400)::int, now(), 'Online', 0,
  CASE WHEN g % 5 = 0 OR g % 50 = 1 THEN NULL ELSE current_date + (g::bigint * 104729 % 90)::int - 30 END, 'Stage1Response', false,
  CASE WHEN g % 4 = 0 THEN NULL ELSE 'officer-' || (g % 12) END, 'Officer', 0
FROM generate_series(1, :n) g;
ANALYZE "Complaints";

-- Invitations: 50 practitioners, events over two years; one in three has a submitted response
-- shared with the social worker.
INSERT INTO "Invitations" ("Id","CaseReference","EventType","EventDate","QuestionnaireId","CodeHash","ExpiresOn","CreatedAt","CreatedById","CreatedByName","SocialWorkerId")
SELECT md5('inv' || g)::uuid, 'CASE-' || g, 'Review', current_date - (g::bigint * 7919 % 730)::int, 'views-11-17', md5('code' || g) || md5('c' || g),
  current_date + 30, now(), 'practitioner-' || (g % 50), 'Practitioner', 'practitioner-' || ((g + 7) % 50)
FROM generate_series(1, :n) g;
INSERT INTO "ViewResponses" ("Id","InvitationId","QuestionnaireId","QuestionnaireVersion","StartedAt","UpdatedAt","SubmittedAt","ShareWithSocialWorker")
SELECT md5('resp' || g)::uuid, md5('inv' || g)::uuid, 'views-11-17', 'v1', now(), now(), now(), true
FROM generate_series(1, :n, 3) g;
-- Safeguarding flags: one in twenty still to decide, due over the next and last few days.
INSERT INTO "SafeguardingFlags" ("Id","Source","ResponseId","QuestionId","Tier","Category","RuleId","MatchedText","LexiconVersion","RaisedAt","DueAt","Decision","DecidedAt","SourceRecord")
SELECT md5('flag' || g)::uuid, 'views', md5('resp' || (1 + 3 * (g % (:n / 3))))::uuid, 'q1', 1 + g % 3, 'harm', 'rule', 'text', 'v1',
  now() - make_interval(days => (g % 400)), now() + make_interval(hours => (g % 96) - 24),
  CASE WHEN g % 20 = 0 THEN NULL ELSE 'NoConcern' END, CASE WHEN g % 20 = 0 THEN NULL ELSE now() - make_interval(days => (g % 400)) END, 'R' || (g % 20000)
FROM generate_series(1, :n) g;
ANALYZE "Invitations"; ANALYZE "ViewResponses"; ANALYZE "SafeguardingFlags";
