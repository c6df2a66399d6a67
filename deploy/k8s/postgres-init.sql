-- Run once by the postgres image on an empty data directory (/docker-entrypoint-initdb.d).
-- One database and one owner per service, as deploy/local/up.sh creates them: services never
-- share a schema; each service's Flyway migrations create its tables at start-up.
-- deploy/compose/postgres-init.sql and deploy/k8s/postgres-init.sql are identical copies
-- (kustomize reads no file outside deploy/k8s): change both. The passwords are demo values and
-- must match the ones the services get (compose file; Secret dti-db in deploy/k8s/secrets.yaml).
CREATE ROLE report LOGIN PASSWORD 'report';
CREATE DATABASE report OWNER report;

CREATE ROLE indicator LOGIN PASSWORD 'indicator';
CREATE DATABASE indicator OWNER indicator;

CREATE ROLE ranking LOGIN PASSWORD 'ranking';
CREATE DATABASE ranking OWNER ranking;
