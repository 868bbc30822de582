"""Python environments: discovery, inspection and the operations that change them."""
