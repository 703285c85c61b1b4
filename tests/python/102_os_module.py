import os
print(type(os.getcwd()).__name__, len(os.getcwd()) > 0, os.path.isabs(os.getcwd()))
print(os.environ.get("PYINTERP_SURELY_UNSET_VAR"), os.environ.get("PYINTERP_SURELY_UNSET_VAR", "dflt"))
print(os.path.join("a", "b", "c.txt"), os.path.join("/root", "x"), os.path.join("a/", "b"), os.path.join("a", "/abs"))
print(os.path.basename("/usr/lib/file.py"), os.path.dirname("/usr/lib/file.py"), os.path.basename("dir/"), os.path.dirname("file"))
print(os.path.exists("/"), os.path.exists("/definitely/not/here/xyz"), os.path.exists(os.getcwd()))
print(os.path.splitext("archive.tar.gz"), os.path.splitext("noext"), os.path.split("/a/b/c"))
print(os.sep, os.path.isfile("/definitely/not"), os.path.isdir("/"))
print("PATH" in os.environ, type(os.environ.get("PATH")).__name__)
