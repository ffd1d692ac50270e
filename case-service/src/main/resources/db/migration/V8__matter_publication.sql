-- R8.3 (issue #10, item 2): an unpublished matter may not be inspected, nor a case filed under it. A matter carries its
-- publication: the day, and where (the page's URL or the bulletin's name).
ALTER TABLE matter ADD COLUMN published_on DATE,
    ADD COLUMN published_at TEXT CHECK (char_length(published_at) BETWEEN 1 AND 500),
    ADD CONSTRAINT matter_publication_whole CHECK ((published_on IS NULL) = (published_at IS NULL));

-- The matters catalogued before this migration have no publication on record. Refusing every act under them would stop
-- an upgraded town overnight: they are marked, and acts under them are accepted with an R8.3 warning until the town
-- records their publication (POST /api/v1/matters/{code}/publication), or refused once it sets
-- ledger.rules.unrecorded-publication=ENFORCE. A matter catalogued from now on is unpublished until its publication is
-- recorded.
ALTER TABLE matter ADD COLUMN predates_publication_records BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE matter ALTER COLUMN predates_publication_records SET DEFAULT false;

-- An inspection accepted with a warning (R8.3 above) keeps it, as a case keeps its warnings in its history.
ALTER TABLE inspection ADD COLUMN warnings TEXT[] NOT NULL DEFAULT '{}';
