-- issue 11: the access team's client search. Every client a search shows is audited as SEARCH
-- (a read found by a search, told apart from opening one client's case, READ).
alter table clients.audit_entry drop constraint audit_entry_action_check;
alter table clients.audit_entry add constraint audit_entry_action_check
  check (action in ('READ', 'CREATE', 'UPDATE', 'SEARCH'));
-- the search is always within the team's municipalities; by birth date within them
create index client_municipality_birth_date on clients.client (municipality, birth_date);
