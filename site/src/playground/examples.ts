// A documented body to start from: one per schema example, named for the picker.
export interface ExampleBody {
  vendor: string;
  vendorName: string;
  envelope: string;
  index: number;
  body: unknown;
}

export const exampleLabel = (example: ExampleBody) => `${example.vendorName}: ${example.envelope} #${example.index + 1}`;
