-- DTI frameworks as versioned data: each row is one version (bộ chỉ số) with its legal basis.
create table framework (
    code        varchar(64)   primary key,
    name_vi     varchar(255)  not null,
    name_en     varchar(255),
    legal_basis varchar(255),
    max_points  numeric(10,2) not null check (max_points > 0),
    status      varchar(16)   not null check (status in ('DRAFT', 'ACTIVE', 'RETIRED')),
    created_at  timestamptz   not null default now()
);
