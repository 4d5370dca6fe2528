-- What is wrong with a design mesh (open edges, edges traversed twice in the same direction, edges of more
-- than two triangles), naming the first edges; null for a closed, consistently oriented mesh. Its volume is
-- then undefined, and DES-MASS does not use it.
alter table design add column mesh_defect varchar(4000);
