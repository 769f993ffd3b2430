-- Runs once, when the postgres container starts on an empty volume, in the POSTGRES_DB database.
-- Creating the extensions here means the app's migrations never need superuser rights for them.
CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS earthdistance; -- needs cube
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gist;
