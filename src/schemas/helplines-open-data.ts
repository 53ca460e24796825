import { HelplineSchema } from './helpline.ts';
import { SlugSchema } from './page.ts';
import { z } from './z.ts';

/**
 * The open data file /hjalplinjer.json: every helpline as the build reads it (defaults filled in,
 * dates as text), with its id. Its JSON Schema, /hjalplinjer.schema.json, is generated from this.
 */
export const HelplinesOpenDataSchema = z
  .strictObject({
    $schema: z.string().meta({ title: 'JSON Schema', description: 'Adressen till schemat som beskriver filen.' }),
    region: z.string().meta({ title: 'Region', description: 'Regionen webbplatsen gäller; dess lokala linjer ingår.' }),
    helplines: z
      .array(
        HelplineSchema.safeExtend({
          id: SlugSchema.meta({ title: 'Id', description: 'Linjens id: filnamnet i content/helplines/ och ankaret på sidan (#id).' }),
        }),
      )
      .meta({ title: 'Stödlinjer', description: 'Alla linjer, sorterade efter id.' }),
  })
  .meta({
    title: 'Stödlinjer (öppna data)',
    description:
      'Nödnummer, stödlinjer och regionens akutmottagning med nummer, öppettider (svensk tid) och när uppgifterna senast kontrollerades.',
  });

export type HelplinesOpenData = z.output<typeof HelplinesOpenDataSchema>;
