## viz: sources of this area go into src/libng.a
