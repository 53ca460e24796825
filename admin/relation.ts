/**
 * Decap's relation widget (a course's venue, a helpline's referral, a citation's work), registered
 * again through Decap's public API with two of its own steps made cheap for large collections:
 * - Decap turns the search hits into options on every render of the field (and its first search,
 *   with an empty term, returns every entry of the target collection: 1,000 helplines). The options
 *   are now computed once per list of hits (the hits come from Decap's store, so the same list is
 *   the same object until the next search).
 * - A value `{{slug}}` (the file name, what every relation here stores) was computed per hit by
 *   converting the whole entry to an Immutable map and compiling the template; it is the hit's slug,
 *   which Decap's template gives for `{{slug}}` (decap-cms-lib-widgets, compileStringTemplate).
 * Everything else (search, display fields, multiple values, the label) is Decap's own code.
 */
import CMS from 'decap-cms-app';
import type { ComponentType } from 'react';

interface Hit {
  slug: string;
}
type Options = unknown[];
interface RelationInstance {
  props: { field: unknown };
  parseHitOptions(hits: Hit[]): Options;
  parseNestedFields(hit: Hit, field: string): unknown;
}
type RelationClass = new (props: object) => RelationInstance;

export function registerQuickRelation(): void {
  const relation = CMS.getWidget('relation') as unknown as { control: RelationClass; preview: ComponentType; schema?: object } | undefined;
  if (!relation) return;
  // Decap's relation widget has only these three parts (decap-cms-widget-relation's Widget()).
  const { control: RelationControl, preview, schema } = relation;
  class QuickRelation extends RelationControl {
    constructor(props: object) {
      super(props);
      const parseNestedFields = this.parseNestedFields;
      this.parseNestedFields = (hit, field) => (field === '{{slug}}' ? hit.slug : parseNestedFields(hit, field));
      const parseHitOptions = this.parseHitOptions;
      const computed = new WeakMap<Hit[], { field: unknown; options: Options }>();
      this.parseHitOptions = (hits) => {
        if (!Array.isArray(hits)) return parseHitOptions(hits);
        const known = computed.get(hits);
        if (known && known.field === this.props.field) return known.options;
        const options = parseHitOptions(hits);
        computed.set(hits, { field: this.props.field, options });
        return options;
      };
    }
  }
  (CMS.registerWidget as (name: string, control: unknown, preview: unknown, schema?: object) => void)(
    'relation',
    QuickRelation,
    preview,
    schema,
  );
}
