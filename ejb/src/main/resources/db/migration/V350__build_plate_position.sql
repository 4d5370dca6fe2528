-- Where each implant stood on its build plate, as the build job file gives it: x and y of the part's reference point
-- in mm from the plate origin, kept exactly as recorded (three decimals, a micrometre; more are refused, never
-- rounded), and the job's own name for the part or slot. Builds recorded before this migration have none: they show
-- "not recorded", never a made-up value. Two parts of one build cannot share a reference point or a slot label
-- (NULLs, the builds before, do not collide).
ALTER TABLE implant ADD COLUMN plate_x_mm NUMERIC(7,3);
ALTER TABLE implant ADD COLUMN plate_y_mm NUMERIC(7,3);
ALTER TABLE implant ADD COLUMN plate_label VARCHAR(40);
CREATE UNIQUE INDEX ux_implant_plate_position ON implant (build_id, plate_x_mm, plate_y_mm);
CREATE UNIQUE INDEX ux_implant_plate_label ON implant (build_id, plate_label);

-- The usable build plate of a machine (x by y, mm from the plate origin), so that a part placed off the plate is
-- refused. Machines registered before this migration have none until an engineer corrects them.
ALTER TABLE machine ADD COLUMN plate_size_x_mm NUMERIC(7,3);
ALTER TABLE machine ADD COLUMN plate_size_y_mm NUMERIC(7,3);
