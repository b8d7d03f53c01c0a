import { Organisation1764259200000 } from './1764259200000-organisation';
import { Accounts1764259200001 } from './1764259200001-accounts';
import { Audit1764259200002 } from './1764259200002-audit';
import { Budget1764259200003 } from './1764259200003-budget';
import { Allocation1764259200005 } from './1764259200005-allocation';
import { AllocationSpeed1764259200006 } from './1764259200006-allocation-speed';
import { RunCellsJson1764259200007 } from './1764259200007-run-cells-json';
import { Effect1764259200010 } from './1764259200010-effect';
import { Calendar1764259200020 } from './1764259200020-calendar';
import { SavingsRevisions1764259200040 } from './1764259200040-savings-revisions';

/** Every migration, oldest first. Explicit classes (no globs) so the bundled app finds them. */
export const migrations = [Organisation1764259200000, Accounts1764259200001, Audit1764259200002, Budget1764259200003, Allocation1764259200005, AllocationSpeed1764259200006, RunCellsJson1764259200007, Effect1764259200010, Calendar1764259200020, SavingsRevisions1764259200040];
